import type { ServerProps } from 'payload'

import { t } from '../translations/translate.ts'

type Props = ServerProps & { notificationsSlug: string; authCollection: string; timeZone: string }

type Line = { id: number | string; title: string; link?: string | null; createdAt: string }

/** The dashboard's list of what waits for the person: their unread notifications, newest first, as links to the items. */
export const NotificationsPanel = async ({ authCollection, i18n, notificationsSlug, payload, timeZone, user }: Props) => {
  if (!user) return null
  const unread = await payload.find({
    collection: notificationsSlug,
    depth: 0,
    limit: 10,
    sort: '-createdAt',
    overrideAccess: false,
    user: { ...user, collection: authCollection },
    where: { isRead: { equals: false } },
    select: { title: true, link: true, createdAt: true },
  })
  if (unread.totalDocs === 0) return null
  const when = (value: string) => new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone }).format(new Date(value))
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {t(i18n, 'notificationsWaiting')} ({unread.totalDocs})
      </h3>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {(unread.docs as Line[]).map((line) => (
          <li key={line.id} style={{ padding: 'calc(var(--base) / 4) 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
            <a href={line.link ?? '#'}>{line.title}</a> <small>{when(line.createdAt)}</small>
          </li>
        ))}
      </ul>
      <p>
        <a href={`${payload.config.routes.admin}/collections/${notificationsSlug}?where[isRead][equals]=false`}>{t(i18n, 'notificationsSeeAll')}</a>
      </p>
    </section>
  )
}
