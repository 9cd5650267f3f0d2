import type { CollectionBeforeChangeHook } from 'payload'

import { APIError, ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { rights } from '../../../access/rights.ts'
import { resolveRole } from '../../../access/roles.ts'
import { unitIdOf } from '../../../access/scopes.ts'
import { idOf } from '../../../lib/relationId.ts'
import { checkReportTransition, isReportState, type ReportState, reportWritableStates } from '../../../lib/reportWorkflow.ts'
import { storedBefore } from '../../../lib/storedBefore.ts'
import { nowOf } from '../../../requestContext.ts'
import { t } from '../../../translations/translate.ts'

/** What the report's unit writes; nobody else changes it, and nobody once it is submitted. */
const unitContent = ['unit', 'periodKind', 'year', 'periodNumber', 'narrative', 'attachments', 'figures'] as const

/**
 * A report's way, on every write path: works out the transition a write asks for, refuses it when
 * the caller may not take it (reportWorkflow.ts), keeps the unit's content as it was for anyone who
 * may not change it, and sets what only the server sets: submitted-at and reviewed-at.
 */
export const applyReportWorkflow =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, context, data, operation, originalDoc, req }) => {
    const invalid = (path: string, message: string) => new ValidationError({ collection: collection.slug, errors: [{ path, message }], req }, req.t)
    const role = await resolveRole(req, options)
    // No user: the system itself (seeding, a job) acts for everyone.
    const system = !req.user
    const reviewers: Partial<Record<string, boolean>> = rights['cchc-reports'].review
    const coordinator = system || reviewers[role] === true
    const stored = storedBefore({ operation, originalDoc })
    const unitOfReport = idOf(stored ? stored.unit : data.unit)
    const member = system || role === 'administrator' || (unitOfReport != null && String(unitOfReport) === String(unitIdOf(req)))

    const from: ReportState = stored?.reportState ?? 'draft'
    const to: ReportState = isReportState(data.reportState) ? data.reportState : from
    const check = checkReportTransition(from, to, { member, coordinator })
    if (!check.ok) {
      if (check.reason === 'not-yours') {
        throw new APIError(to === 'submitted' ? t(req, 'reportSubmitNotYours') : t(req, 'reportReviewNotYours', { to }), 403, null, true)
      }
      throw invalid('reportState', t(req, 'reportNotATransition', { from, to }))
    }

    const open = member && (reportWritableStates as readonly string[]).includes(from)
    if (stored && !open) {
      for (const key of unitContent) data[key] = stored[key]
    }
    if (to === 'returned' && from !== to && !String(data.returnReason ?? '').trim()) {
      throw invalid('returnReason', t(req, 'returnReasonRequired'))
    }

    const at = nowOf(context)
    data.reportState = to
    // The coordinator's reason belongs to the return: once the report moves on (submitted again,
    // accepted), it goes (the versions and the audit log keep it).
    if (to !== from && to !== 'returned') data.returnReason = null
    data.submittedAt = to === 'submitted' && from !== 'submitted' ? at.toISOString() : (stored?.submittedAt ?? null)
    data.reviewedAt = (to === 'accepted' || to === 'returned') && from !== to ? at.toISOString() : (stored?.reviewedAt ?? null)
    return data
  }
