import type { Role } from './roles.ts'
import type { Scope } from './scopes.ts'

/** true: every document; false or absent: none; a scope: the documents it selects. */
export type Grant = boolean | Scope
export type Row = Partial<Record<Role, Grant>>
export type FieldRow = Partial<Record<Role, boolean>>

const everyone = { anonymous: true, contributor: true, coordinator: true, editor: true, administrator: true } as const
/** Members of an active unit, and administrators (not an account in no unit). */
const signedIn = { contributor: true, coordinator: true, editor: true, administrator: true } as const
const administrators = { administrator: true } as const
const editors = { editor: true, administrator: true } as const
const coordinators = { coordinator: true, administrator: true } as const
/** Who runs the PAR self-assessment: the coordinator unit, editors and administrators. */
const parManagers = { coordinator: true, editor: true, administrator: true } as const

/**
 * Documents a unit drafts and editors publish (procedures, decisions): the public reads what is
 * published; a unit's members read, edit and delete its drafts; editors everything.
 */
const unitDraftsEditorsPublish = {
  read: { anonymous: 'published', contributor: 'publishedOrOwnUnit', coordinator: 'publishedOrOwnUnit', ...editors },
  readVersions: { contributor: 'ownUnitVersions', coordinator: 'ownUnitVersions', ...editors },
  create: signedIn,
  update: { contributor: 'ownUnitUnpublished', coordinator: 'ownUnitUnpublished', ...editors },
  delete: { contributor: 'ownUnitUnpublished', coordinator: 'ownUnitUnpublished', ...editors },
  /** Not a Payload operation: publish and unpublish (for a decision, publishing applies its items). */
  publish: editors,
} as const

/**
 * Who may do what: the whole access matrix of the plugin in one table.
 * A role that a row does not name is refused; an account in no unit (`unassigned`) gets what the
 * row gives `anonymous`, unless the row names it. Access functions are derived from this
 * table by `grant` and `fieldGrant`; no rule is written anywhere else.
 */
export const rights = {
  units: {
    read: { ...signedIn, anonymous: 'activeUnits' },
    create: administrators,
    update: administrators,
    delete: administrators,
    readVersions: administrators,
  },
  /** The host's auth collection (`users` by default). */
  users: {
    // An account in no unit keeps the admin panel and itself, as the host had them before the plugin.
    admin: { ...signedIn, unassigned: true },
    // Staff read each other's accounts for the name on a label (an author) and the work e-mail (who
    // holds a lock); everything else of another's account is the owner's and administrators' (documentFieldRights).
    read: { ...signedIn, unassigned: 'self' },
    create: administrators,
    update: { unassigned: 'self', contributor: 'self', coordinator: 'self', editor: 'self', administrator: true },
    delete: administrators,
    unlock: administrators,
  },
  'cchc-topics': {
    read: everyone,
    create: editors,
    update: editors,
    delete: editors,
  },
  'cchc-posts': {
    read: { anonymous: 'published', contributor: 'publishedOrOwnUnit', coordinator: 'publishedOrOwnUnit', ...editors },
    readVersions: { contributor: 'ownUnitVersions', coordinator: 'ownUnitVersions', ...editors },
    create: signedIn,
    update: { contributor: 'ownUnitUntilPublished', coordinator: 'ownUnitUntilPublished', ...editors },
    delete: { contributor: 'ownUnitUntilPublished', coordinator: 'ownUnitUntilPublished', ...editors },
    /** Not a Payload operation: publish, schedule, unpublish, approve, reject, archive, feature. */
    publish: editors,
  },
  'cchc-media': {
    read: { anonymous: 'publicMedia', contributor: 'publicOrOwnUnitMedia', coordinator: 'publicOrOwnUnitMedia', ...editors },
    create: signedIn,
    update: { contributor: 'ownUnit', coordinator: 'ownUnit', ...editors },
    delete: { contributor: 'ownUnit', coordinator: 'ownUnit', ...editors },
  },
  /** Procedures as they stand; their status and history change only through announcements. */
  procedures: unitDraftsEditorsPublish,
  /** Announcement decisions (quyết định công bố TTHC): publishing one applies its items. */
  'procedure-announcements': unitDraftsEditorsPublish,
  /** Results of procedure handling: a unit enters its own figures, editors publish them. */
  'procedure-results': {
    read: { anonymous: 'published', contributor: 'publishedOrOwnUnit', coordinator: 'publishedOrOwnUnit', ...editors },
    readVersions: { contributor: 'ownUnitVersions', coordinator: 'ownUnitVersions', ...editors },
    create: signedIn,
    // A correction by the unit after publication goes back to the editors (ProcedureResults/hooks/applyResultsPublishing.ts).
    update: { contributor: 'ownUnit', coordinator: 'ownUnit', ...editors },
    delete: { contributor: 'ownUnitUnpublished', coordinator: 'ownUnitUnpublished', ...editors },
    /** Not a Payload operation: publish and unpublish the figures. */
    publish: editors,
  },
  /** Each unit's periodic report to the People's Committee through the coordinator unit. */
  'cchc-reports': {
    read: { contributor: 'ownUnit', coordinator: true, editor: true, administrator: true },
    create: signedIn,
    // The coordinator reaches every report to accept or return it; what it may change is in reportWorkflow.
    update: { contributor: 'ownUnitUntilSubmitted', coordinator: true, editor: 'ownUnitUntilSubmitted', administrator: true },
    delete: { contributor: 'ownUnitDraftReport', coordinator: 'ownUnitDraftReport', editor: 'ownUnitDraftReport', administrator: true },
    /** Not a Payload operation: accept or return a submitted report. */
    review: coordinators,
    /** Not a Payload operation: the overview of every unit's reports and its CSV. */
    overview: { coordinator: true, editor: true, administrator: true },
  },
  /**
   * The append-only record of who changed what: administrators read all of it, editors the entries
   * about content; nobody writes, changes or deletes an entry through any path (the server appends,
   * and only the retention job deletes, below the API).
   */
  'cchc-audit-log': {
    read: { editor: 'contentAuditEntries', administrator: true },
    create: {},
    update: {},
    delete: {},
  },
  /** The commune radio's recurring slots: public, so the portal can show when the radio speaks; editors keep them. */
  'broadcast-slots': {
    read: everyone,
    create: editors,
    update: editors,
    delete: editors,
  },
  /** The column's documents (văn bản chỉ đạo điều hành: plans, decisions, letters): as decisions. */
  'cchc-documents': unitDraftsEditorsPublish,
  /** Issuers of the documents (cơ quan ban hành): a list editors extend. */
  'cchc-document-issuers': {
    read: everyone,
    create: editors,
    update: editors,
    delete: editors,
  },
  /**
   * Radio programmes: editors plan them and mark them aired or cancelled; contributors read them
   * and propose their own unit's items into a planned one (Schedules/hooks/applyProgramme.ts keeps
   * them to that); the public reads what aired.
   */
  'broadcast-schedules': {
    read: { anonymous: 'airedProgrammes', ...signedIn },
    create: editors,
    update: { contributor: 'plannedProgrammes', coordinator: 'plannedProgrammes', ...editors },
    delete: editors,
    /** Not a Payload operation: set the slot, day and state, accept, change or drop any item. */
    plan: editors,
  },
  /** The province's PAR index criteria, one set per year; frozen once an assessment uses it (ParCriteriaSets/hooks). */
  'par-criteria-sets': {
    read: signedIn,
    create: parManagers,
    update: parManagers,
    delete: parManagers,
  },
  /** The commune's self-assessment of a year: the public reads it once the coordinator publishes the result. */
  'par-assessments': {
    read: { anonymous: 'publishedAssessment', ...signedIn },
    create: parManagers,
    update: parManagers,
    delete: parManagers,
    /** Not a Payload operation: assign criteria to units, the summary and the exports. */
    manage: parManagers,
  },
  /** Each criterion's self-score: the assigned unit sees and scores its own; what it may change is in parWorkflow. */
  'par-scores': {
    read: { anonymous: 'publishedAssessmentScores', contributor: 'ownUnit', ...parManagers },
    create: parManagers,
    update: { contributor: 'ownUnitOpenScore', ...parManagers },
    delete: parManagers,
    /** Not a Payload operation: accept or return a submitted score. */
    review: parManagers,
  },
  /** Who visited what on which day (keyed hashes): the server writes them in SQL; nobody reaches them through the API. */
  'cchc-visitor-marks': { read: {}, create: {}, update: {}, delete: {} },
  /** Daily views and ratings per item: read through the interest statistics, written by the server in SQL. */
  'cchc-interest-days': {
    read: {},
    create: {},
    update: {},
    delete: {},
    /** Not a Payload operation: the interest statistics (`/api/cchc/interest`) and their CSV. */
    statistics: { coordinator: true, editor: true, administrator: true },
  },
  /** Citizens' satisfaction ratings with their comments: editors read them; the public reads only aggregates. */
  'cchc-ratings': { read: editors, create: {}, update: {}, delete: administrators },
  /**
   * Citizens' feedback and questions: anyone sends one; editors route it to a unit, whose members
   * draft the answer; editors publish or close it. The public reads published answers (and its
   * own by tracking code, through an endpoint); the citizen's words and contact details are field-guarded.
   */
  'cchc-feedback': {
    read: { anonymous: 'publishedFeedback', contributor: 'publishedOrOwnUnitFeedback', coordinator: 'publishedOrOwnUnitFeedback', ...editors },
    create: everyone,
    update: { contributor: 'ownUnitFeedbackInHand', coordinator: 'ownUnitFeedbackInHand', ...editors },
    delete: administrators,
    /** Not a Payload operation: route to a unit, publish, close. */
    route: editors,
  },
  /** Payload's jobs queue over HTTP (`/api/payload-jobs/run`, `…/handle-schedules`); a scheduler may also use the cron secret. */
  jobs: {
    run: administrators,
  },
  /**
   * What each account is told: its recipient reads it and marks it read (only that field, below);
   * administrators read all; nobody creates one through the API (the server writes them in the
   * transaction of the change they tell of).
   */
  'cchc-notifications': {
    read: { unassigned: 'ownNotifications', contributor: 'ownNotifications', coordinator: 'ownNotifications', editor: 'ownNotifications', administrator: true },
    create: {},
    update: { unassigned: 'ownNotifications', contributor: 'ownNotifications', coordinator: 'ownNotifications', editor: 'ownNotifications', administrator: 'ownNotifications' },
    delete: administrators,
  },
  /** Named lists of procedures ("51 thủ tục trọng điểm"): the public reads them, editors keep them. */
  'procedure-lists': {
    read: everyone,
    create: editors,
    update: editors,
    delete: editors,
  },
} as const satisfies Record<string, Record<string, Row>>

/** Field-level rights, where a field is narrower than its collection. */
export const fieldRights = {
  units: {
    // Anonymous readers see a unit's code and names only.
    internals: { read: signedIn },
  },
  users: {
    // Rights follow the unit: only an administrator moves a user or makes one an administrator.
    // Read: the account's owner and administrators (documentFieldRights.users.account).
    unit: { create: administrators, update: administrators },
    isSystemAdmin: { create: administrators, update: administrators },
  },
  'cchc-posts': {
    // Editors alone put a post on the front page; the public never sees review notes or authors.
    featured: { read: everyone, create: editors, update: editors },
    reviewNote: { create: editors, update: editors },
    // Review notes and the author account are for staff; the public sees the byline.
    staff: { read: signedIn },
  },
  procedures: {
    // Set by announcements only: no request writes a procedure's status, replacement or history.
    applied: { read: everyone, create: {}, update: {} },
  },
  'cchc-media': {
    // Internal files (report attachments) are for staff only.
    internal: { read: signedIn },
  },
  'procedure-announcements': {
    // Why a pending item failed is for staff; only the server records it.
    failures: { read: signedIn, create: {}, update: {} },
  },
  'cchc-feedback': {
    // The public writes these when it sends feedback; the server keeps the rest.
    citizen: { create: everyone, update: editors },
    // Editors route to a unit and write the question as it is published.
    editorial: { create: editors, update: editors },
    // The unit's members (the collection's update rule narrows them to their own unit) draft the answer.
    answer: { read: everyone, create: editors, update: { ...signedIn } },
    // Set by the server only (tracking code, due date, overdue flag, dates).
    server: { read: everyone, create: {}, update: {} },
  },
  'cchc-reports': {
    // Period start, end and due date come from the rule; only the coordinator changes them.
    periodDates: { create: coordinators, update: coordinators },
    returnReason: { create: coordinators, update: coordinators },
  },
  'cchc-notifications': {
    // Set by the server only: whom, what, about which item, and the e-mail's fate. The recipient changes only `read`.
    server: { create: {}, update: {} },
  },
  'par-scores': {
    // Which criterion and which unit: set by the coordinator's assignment, never by the unit.
    assignment: { create: parManagers, update: parManagers },
    // The province's appraisal (thẩm định), entered by the coordinator.
    appraisal: { create: parManagers, update: parManagers },
    returnReason: { create: parManagers, update: parManagers },
    // Review notes are for staff; the public sees a published result's scores, explanations and evidence.
    staffNotes: { read: signedIn },
  },
} as const satisfies Record<string, Record<string, Partial<Record<'create' | 'read' | 'update', FieldRow>>>>

/**
 * Field rights that depend on the document: `'assignedUnit'` grants a field of a document routed to
 * the user's unit, and nothing of another's; `'self'` grants a field of the user's own account.
 */
export type DocumentFieldRow = Partial<Record<Role, boolean | 'assignedUnit' | 'self'>>
export const documentFieldRights = {
  users: {
    // Every field of an account but its name and e-mail (what staff see of a colleague): unit,
    // administrator flag, notification settings are the owner's and administrators', through any path.
    account: { read: { unassigned: 'self', contributor: 'self', coordinator: 'self', editor: 'self', administrator: true } },
  },
  'cchc-feedback': {
    // The citizen's own words and contact details: staff of the assigned unit, editors and administrators, through any path.
    personal: { read: { contributor: 'assignedUnit', coordinator: 'assignedUnit', editor: true, administrator: true } },
  },
} as const satisfies Record<string, Record<string, { read: DocumentFieldRow }>>
