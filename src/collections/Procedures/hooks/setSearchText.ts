import type { CollectionBeforeChangeHook } from 'payload'

import { foldVietnamese } from '../../../lib/foldVietnamese.ts'
import { sectorKey } from '../../../lib/sectorKey.ts'

/** Folded code, name, field and agency: search matches "dang ky ket hon" to "đăng ký kết hôn". */
export const setSearchText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  data.sectorKey = sectorKey(merged.sector)
  data.searchText = foldVietnamese(
    [merged.code, merged.fullCode, merged.name, merged.sector, merged.agency].filter(Boolean).join(' '),
  )
  return data
}
