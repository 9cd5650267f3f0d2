/** Kinds of the column's documents (văn bản chỉ đạo điều hành). `decision` also covers the procedure announcement decisions. */
export const documentKinds = ['plan', 'decision', 'dispatch', 'report', 'notice', 'guidance', 'other'] as const
export type DocumentKind = (typeof documentKinds)[number]

export const documentKindLabels: Record<DocumentKind, { vi: string; en: string }> = {
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  // công văn: an official letter
  dispatch: { vi: 'Công văn', en: 'Official letter' },
  report: { vi: 'Báo cáo', en: 'Report' },
  notice: { vi: 'Thông báo', en: 'Notice' },
  guidance: { vi: 'Hướng dẫn', en: 'Guidance' },
  other: { vi: 'Văn bản khác', en: 'Other' },
}
