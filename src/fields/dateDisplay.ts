import type { Field } from 'payload'

/** How the admin shows and picks a date that is a day (a decision's, a period's): 05/03/2026. */
export const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } as const

/** How the admin shows and picks an instant (published, submitted): 05/03/2026 14:30. */
export const dayAndTime = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } as const

/** When the document was first published: the server sets it, nobody types it. A new object each time: Payload fills in a collection's fields in place. */
export const publishedAtField = (): Field => ({
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: { vi: 'Ngày đăng', en: 'Published at' },
  admin: { position: 'sidebar', readOnly: true, date: dayAndTime },
})
