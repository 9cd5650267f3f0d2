import type { CollectionConfig, Field } from 'payload'

import type { ResolvedOptions } from '../../options.ts'

import { accessFrom, fieldGrant } from '../../access/grant.ts'
import { fieldRights, rights } from '../../access/rights.ts'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { notificationEventLabels, notificationEvents } from '../../lib/notificationEvents.ts'
import { adminGroups } from '../adminGroups.ts'

export const emailStates = ['none', 'queued', 'sent', 'digest', 'kept'] as const
export type EmailState = (typeof emailStates)[number]
const emailStateLabels: Record<EmailState, { vi: string; en: string }> = {
  none: { vi: 'Không gửi thư', en: 'No e-mail' },
  queued: { vi: 'Đang chờ gửi', en: 'Queued' },
  sent: { vi: 'Đã gửi thư', en: 'Sent' },
  digest: { vi: 'Gửi trong thư tổng hợp', en: 'In the daily digest' },
  kept: { vi: 'Giữ lại (chưa cấu hình SMTP)', en: 'Kept (no SMTP configured)' },
}

/**
 * What each account is told (thông báo): written by the server in the transaction of the change it
 * tells of, so a change rolled back leaves none; read and marked read by its recipient only.
 */
export const notificationsCollection = (options: ResolvedOptions): CollectionConfig => {
  const server = fieldRights['cchc-notifications'].server
  const serverSet = { create: fieldGrant(options, server.create), update: fieldGrant(options, server.update) }
  const serverField = (field: Field): Field => ({ ...field, access: serverSet, admin: { ...(field.admin as object), readOnly: true } }) as Field
  return {
    slug: options.slugs.notifications,
    labels: {
      singular: { vi: 'Thông báo', en: 'Notification' },
      plural: { vi: 'Thông báo', en: 'Notifications' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'event', 'isRead', 'createdAt'],
      group: adminGroups.reform,
      description: {
        vi: 'Việc đang chờ anh/chị: bài chờ duyệt, báo cáo được gửi hoặc trả lại, phản ánh được giao, hạn nộp sắp đến. Mở mục để xem; đánh dấu đã đọc.',
        en: 'What waits for you: posts in review, reports sent or returned, feedback assigned, deadlines coming. Open the item; mark it read.',
      },
      disableCopyToLocale: true,
    },
    defaultSort: '-createdAt',
    disableDuplicate: true,
    access: accessFrom(options, rights['cchc-notifications']),
    indexes: [{ fields: ['recipient', 'isRead'] }],
    fields: [
      serverField({ name: 'title', type: 'text', required: true, label: { vi: 'Nội dung', en: 'Title' } }),
      {
        name: 'isRead',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        label: { vi: 'Đã đọc', en: 'Read' },
        admin: { position: 'sidebar' },
      },
      serverField({
        name: 'recipient',
        type: 'relationship',
        relationTo: options.authCollection,
        required: true,
        index: true,
        label: { vi: 'Người nhận', en: 'Recipient' },
        admin: { position: 'sidebar' },
      }),
      serverField({
        name: 'event',
        type: 'select',
        required: true,
        index: true,
        label: { vi: 'Sự kiện', en: 'Event' },
        options: notificationEvents.map((value) => ({ value, label: notificationEventLabels[value] })),
      }),
      serverField({ name: 'itemCollection', type: 'text', label: { vi: 'Loại mục', en: 'Item collection' } }),
      serverField({ name: 'itemId', type: 'text', label: { vi: 'Mã mục', en: 'Item id' } }),
      serverField({ name: 'link', type: 'text', label: { vi: 'Đường dẫn', en: 'Link' } }),
      // A reminder's once-only key (event, item, day): PostgreSQL's unique index keeps it once across restarts and instances.
      serverField({ name: 'onceKey', type: 'text', unique: true, label: { vi: 'Khóa nhắc việc', en: 'Reminder key' }, admin: { hidden: true } }),
      serverField({
        name: 'emailState',
        type: 'select',
        defaultValue: 'none',
        label: { vi: 'Thư điện tử', en: 'E-mail' },
        options: emailStates.map((value) => ({ value, label: emailStateLabels[value] })),
        admin: { position: 'sidebar' },
      }),
      serverField({ name: 'emailedAt', type: 'date', label: { vi: 'Gửi thư lúc', en: 'E-mailed at' }, admin: { position: 'sidebar', date: dayAndTime } }),
    ],
  }
}
