import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { periodLabel } from '../lib/periods.ts'
import { idOf } from '../lib/relationId.ts'

/** A title for lists and relationships: "Quý 1/2026 - TTPVHCC - Hộ tịch". */
export const setResultTitle =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, req }) => {
    const unitId = idOf(data.unit)
    const unit = unitId
      ? ((await req.payload.findByID({
          collection: options.slugs.units,
          id: unitId as number | string,
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          req,
          select: { shortName: true },
        })) as { shortName?: string } | null)
      : null
    const period = data.periodKind === 'ad_hoc' ? `Đột xuất ${String(data.periodKey).replace('adhoc-', '')}` : periodLabel({ kind: data.periodKind, year: data.year, number: data.periodNumber })
    data.title = [period, unit?.shortName, data.sector?.trim() || null].filter(Boolean).join(' - ')
    return data
  }
