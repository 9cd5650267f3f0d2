import type { PayloadRequest, Where } from 'payload'

import { idOf } from '../lib/relationId.ts'
import { scoreWritableStates } from '../lib/parWorkflow.ts'
import { unitFeedbackStates } from '../lib/feedbackWorkflow.ts'
import { reportWritableStates } from '../lib/reportWorkflow.ts'
import { writableStates } from '../lib/workflow.ts'
import { collectionSlugs } from '../options.ts'

/** The id of the user's unit, whether the unit is populated or not. */
export const unitIdOf = (req: PayloadRequest): number | string | null => idOf((req.user as { unit?: unknown } | null)?.unit)

const ownUnit = (req: PayloadRequest, path = 'unit'): Where => ({ [path]: { equals: unitIdOf(req) } })
const published: Where = { _status: { equals: 'published' } }

/** The documents a scoped grant selects, as a query the database answers. */
export const scopes = {
  self: (req: PayloadRequest): Where => ({ id: { equals: req.user?.id } }),
  /** The notifications addressed to the user. */
  ownNotifications: (req: PayloadRequest): Where => ({ recipient: { equals: req.user?.id ?? null } }),
  activeUnits: (): Where => ({ active: { equals: true } }),
  /** What the public sees of the column. */
  published: (): Where => published,
  publishedOrOwnUnit: (req: PayloadRequest): Where => ({ or: [published, ownUnit(req)] }),
  /** A contributor's unit's posts, until they are published. */
  ownUnitUntilPublished: (req: PayloadRequest): Where => ({
    and: [ownUnit(req), { workflowState: { in: [...writableStates] } }, { _status: { not_equals: 'published' } }],
  }),
  /** A contributor's unit's documents until they are published (procedures, announcements). */
  ownUnitUnpublished: (req: PayloadRequest): Where => ({ and: [ownUnit(req), { _status: { not_equals: 'published' } }] }),
  ownUnitVersions: (req: PayloadRequest): Where => ownUnit(req, 'version.unit'),
  ownUnit: (req: PayloadRequest): Where => ownUnit(req),
  /** Media the public may see: everything but files marked internal (report attachments). */
  publicMedia: (): Where => ({ internal: { not_equals: true } }),
  /** A unit's own report while it is a draft or returned for correction. */
  ownUnitUntilSubmitted: (req: PayloadRequest): Where => ({
    and: [ownUnit(req), { reportState: { in: [...reportWritableStates] } }],
  }),
  ownUnitDraftReport: (req: PayloadRequest): Where => ({ and: [ownUnit(req), { reportState: { equals: 'draft' } }] }),
  publicOrOwnUnitMedia: (req: PayloadRequest): Where => ({ or: [{ internal: { not_equals: true } }, ownUnit(req)] }),
  /** Radio programmes that went out: what the public may read. */
  airedProgrammes: (): Where => ({ programmeState: { equals: 'aired' } }),
  /** Radio programmes still to air: where a contributor proposes items. */
  plannedProgrammes: (): Where => ({ programmeState: { equals: 'planned' } }),
  /** A PAR assessment whose final result the coordinator has published. */
  publishedAssessment: (): Where => ({ resultPublished: { equals: true } }),
  publishedAssessmentScores: (): Where => ({ 'assessment.resultPublished': { equals: true } }),
  /** A unit's own self-scores while it may still change them (draft or returned). */
  ownUnitOpenScore: (req: PayloadRequest): Where => ({ and: [ownUnit(req), { scoreState: { in: [...scoreWritableStates] } }] }),
  /** Audit entries about the section's content (not accounts, units or reports). */
  /** Audit entries about the section's content and the citizens' feedback (not accounts, units or reports). */
  contentAuditEntries: (): Where => ({
    collection: {
      in: [
        collectionSlugs.posts,
        collectionSlugs.topics,
        collectionSlugs.media,
        collectionSlugs.procedures,
        collectionSlugs.announcements,
        collectionSlugs.procedureResults,
        collectionSlugs.broadcastSlots,
        collectionSlugs.broadcastSchedules,
        collectionSlugs.documents,
        collectionSlugs.documentIssuers,
        collectionSlugs.procedureLists,
        collectionSlugs.feedback,
      ],
    },
  }),
  /** Feedback whose answer is published: what the public reads (the citizen's own words are field-guarded). */
  publishedFeedback: (): Where => ({ state: { equals: 'published' } }),
  /** Published feedback, and every feedback routed to the user's unit. */
  publishedOrOwnUnitFeedback: (req: PayloadRequest): Where => ({ or: [{ state: { equals: 'published' } }, ownUnit(req)] }),
  /** Feedback routed to the user's unit while its answer is being drafted. */
  ownUnitFeedbackInHand: (req: PayloadRequest): Where => ({ and: [ownUnit(req), { state: { in: [...unitFeedbackStates] } }] }),
} as const satisfies Record<string, (req: PayloadRequest) => Where>

export type Scope = keyof typeof scopes
