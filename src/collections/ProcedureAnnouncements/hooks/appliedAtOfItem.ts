import type { FieldHook } from 'payload'

import type { AppliedItem } from '../../../services/applyAnnouncement.ts'

/** When an item was applied to its procedure, read from what the decision records. */
export const appliedAtOfItem: FieldHook = ({ data, siblingData }) => {
  const applied = (data?.appliedItems as AppliedItem[] | undefined)?.find((item) => item.itemId === siblingData?.id)
  return applied?.appliedAt ?? null
}
