import type { Field } from 'payload'

import { notificationEventLabels, notificationEvents } from '../../lib/notificationEvents.ts'

/** What an account is told and how (each account sets its own; the collection's rule keeps others out). */
export const notificationPreferencesField = (): Field => ({
  name: 'notificationPreferences',
  type: 'group',
  label: { vi: 'Thông báo', en: 'Notifications' },
  fields: [
    {
      name: 'muted',
      type: 'select',
      hasMany: true,
      label: { vi: 'Không nhận thông báo về', en: 'Do not tell me of' },
      options: notificationEvents.map((value) => ({ value, label: notificationEventLabels[value] })),
    },
    {
      name: 'email',
      type: 'checkbox',
      defaultValue: true,
      label: { vi: 'Gửi thư điện tử', en: 'Send e-mail' },
    },
    {
      name: 'delivery',
      type: 'radio',
      defaultValue: 'immediate',
      label: { vi: 'Cách gửi thư', en: 'E-mail delivery' },
      options: [
        { value: 'immediate', label: { vi: 'Gửi ngay từng thông báo', en: 'One mail per notification' } },
        { value: 'digest', label: { vi: 'Thư tổng hợp hằng ngày', en: 'Daily digest' } },
      ],
    },
  ],
})
