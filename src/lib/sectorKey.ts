import { foldVietnamese } from './foldVietnamese.ts'

/**
 * A field (lĩnh vực) as records are keyed and searched by it: folded, so "ho tich" matches
 * "Hộ tịch"; null for none (a unit's totals).
 */
export const sectorKey = (sector: unknown): null | string =>
  typeof sector === 'string' && sector.trim() ? foldVietnamese(sector) : null
