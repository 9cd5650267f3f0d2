import type { ServerProps } from 'payload'

import { t } from '../translations/translate.ts'

type Props = ServerProps & { postsSlug: string; authCollection: string; timeZone: string; announcementsSlug?: string }

type Decision = { id: number | string; number?: string; failedItems?: { item?: null | number; code?: null | string; reason?: string }[] | null }

type Row = { id: number | string; title?: string | null; authorName?: string | null; updatedAt?: string; reviewNote?: string | null; unit?: { shortName?: string } | null }

const date = (value: string | undefined, timeZone: string) =>
  value ? new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone }).format(new Date(value)) : ''

/**
 * The dashboard's first panel: what waits for the editors (Chờ duyệt) and what came back to the
 * writers (Yêu cầu sửa), each read with the viewer's own access, so a contributor sees its unit's.
 */
export const EditorialQueue = async ({ announcementsSlug, authCollection, i18n, payload, postsSlug, timeZone, user }: Props) => {
  if (!user) return null
  const admin = payload.config.routes.admin
  const list = (state: string) =>
    payload.find({
      collection: postsSlug,
      depth: 1,
      // The latest draft: a post's stored title stays empty until its first publication.
      draft: true,
      limit: 8,
      overrideAccess: false,
      sort: 'updatedAt',
      user: { ...user, collection: authCollection },
      where: { workflowState: { equals: state } },
    })
  const [inReview, sentBack] = await Promise.all([list('in_review'), list('changes_requested')])
  // Decisions whose due items could not be applied, until an editor corrects or removes them. Only
  // staff may read (or query by) the failures: for anyone else, an account in no unit say, the
  // query is refused and the section left out.
  const failed = announcementsSlug
    ? await payload
        .find({
          collection: announcementsSlug,
          depth: 0,
          limit: 8,
          overrideAccess: false,
          user: { ...user, collection: authCollection },
          where: { 'failedItems.reason': { exists: true } },
          select: { number: true, failedItems: true },
        })
        .catch(() => undefined)
    : undefined

  const section = (title: string, state: string, result: Awaited<ReturnType<typeof list>>) => (
    <section style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {title} ({result.totalDocs})
      </h3>
      {result.docs.length === 0 ? (
        <p>{t(i18n, 'queueNone')}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {(result.docs as Row[]).map((post) => (
            <li key={post.id} style={{ padding: 'calc(var(--base) / 4) 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
              <a href={`${admin}/collections/${postsSlug}/${post.id}`}>{post.title || t(i18n, 'queueUntitled')}</a>
              <span style={{ color: 'var(--theme-elevation-800)' }}>
                {' '}
                · {[post.authorName, post.unit?.shortName].filter(Boolean).join(', ')} · {date(post.updatedAt, timeZone)}
              </span>
              {post.reviewNote ? <div style={{ color: 'var(--theme-error-750)' }}>{post.reviewNote}</div> : null}
            </li>
          ))}
        </ul>
      )}
      {result.totalDocs > result.docs.length ? (
        <a href={`${admin}/collections/${postsSlug}?where[workflowState][equals]=${state}`}>{t(i18n, 'queueAll')}</a>
      ) : null}
    </section>
  )

  return (
    <div className="cchc-editorial-queue" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      {section(t(i18n, 'queueInReview'), 'in_review', inReview)}
      {section(t(i18n, 'queueSentBack'), 'changes_requested', sentBack)}
      {failed && failed.totalDocs > 0 ? (
        <section className="cchc-failed-items">
          <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>
            {t(i18n, 'queueFailedItems')} ({failed.totalDocs})
          </h3>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {(failed.docs as Decision[]).map((decision) => (
              <li key={decision.id} style={{ padding: 'calc(var(--base) / 4) 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
                <a href={`${admin}/collections/${announcementsSlug}/${decision.id}`}>{decision.number}</a>
                {(decision.failedItems ?? []).map((failure, index) => (
                  <div key={index} style={{ color: 'var(--theme-error-750)' }}>
                    {[failure.item ? `#${failure.item}` : null, failure.code, failure.reason].filter(Boolean).join(' · ')}
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
