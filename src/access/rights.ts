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
    read: { unassigned: 'self', contributor: 'self', coordinator: 'self', editor: 'self', administrator: true },
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
  /** Payload's jobs queue over HTTP (`/api/payload-jobs/run`, `…/handle-schedules`); a scheduler may also use the cron secret. */
  jobs: {
    run: administrators,
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
    unit: { read: everyone, create: administrators, update: administrators },
    isSystemAdmin: { read: everyone, create: administrators, update: administrators },
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
  'cchc-reports': {
    // Period start, end and due date come from the rule; only the coordinator changes them.
    periodDates: { create: coordinators, update: coordinators },
    returnReason: { create: coordinators, update: coordinators },
  },
} as const satisfies Record<string, Record<string, Partial<Record<'create' | 'read' | 'update', FieldRow>>>>
