import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { firstId } from '../../../services/firstId.ts'
import { t } from '../../../translations/translate.ts'

/** A slot with programmes stays (they would lose their times, and the reports what aired): it is taken out of use instead. */
export const keepUsedSlots =
  (options: ResolvedOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    if ((await firstId(req, options.slugs.broadcastSchedules, { slot: { equals: id } })) !== null) {
      throw new APIError(t(req, 'slotInUse'), 400, null, true)
    }
  }
