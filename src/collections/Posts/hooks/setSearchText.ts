import type { CollectionBeforeChangeHook } from 'payload'

import { foldVietnamese } from '../../../lib/foldVietnamese.ts'

/** Keeps the folded copy of the title, excerpt and byline that search without diacritics reads. */
export const setSearchText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  data.searchText = foldVietnamese([merged.title, merged.excerpt, merged.byline].filter(Boolean).join(' '))
  return data
}
