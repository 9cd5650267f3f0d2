import type { CollectionBeforeChangeHook } from 'payload'

import { isLate, isOverdue, toDate } from '../../../lib/periods.ts'
import { reportWritableStates } from '../../../lib/reportWorkflow.ts'
import { nowOf } from '../../../requestContext.ts'

/**
 * Late: submitted at or after the due instant. Overdue: still with the unit (draft or returned)
 * once the due instant has passed. Derived on every save, after the period's dates are settled.
 */
export const setReportLateness: CollectionBeforeChangeHook = ({ context, data }) => {
  const dueDate = toDate(data.dueDate)
  data.late = isLate(toDate(data.submittedAt), dueDate)
  data.overdue = (reportWritableStates as readonly string[]).includes(data.reportState) && isOverdue(null, dueDate, nowOf(context))
  return data
}
