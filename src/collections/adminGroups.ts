/** The admin's sidebar groups the plugin's collections sit in. */
export const adminGroups = {
  reform: { vi: 'Cải cách hành chính', en: 'Administrative reform' },
  procedures: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  system: { vi: 'Hệ thống', en: 'System' },
} as const
