'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { t } from '../translations/translate.ts'

type Line = { id: number | string; title: string; link?: string | null; createdAt: string }

const slug = 'cchc-notifications'
const unread = encodeURIComponent(JSON.stringify({ isRead: { equals: false } }))

/**
 * The bell in the admin's header: how many notifications wait unread, the latest as links to
 * their items (following one marks it read), and "mark all read". It reads through the REST API
 * with the person's own session, so it shows only their own (the collection's access).
 */
export const NotificationBell: React.FC = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  // Same origin as the admin (the CSP allows only it to be fetched).
  const api = `${config.routes.api}/${slug}`
  const [count, setCount] = useState(0)
  const [lines, setLines] = useState<Line[]>([])
  const [open, setOpen] = useState(false)

  const load = useCallback(async () => {
    const response = await fetch(`${api}?where=${unread}&limit=8&sort=-createdAt&depth=0&select[title]=true&select[link]=true&select[createdAt]=true`, { credentials: 'include' })
    if (!response.ok) return
    const body = (await response.json()) as { docs: Line[]; totalDocs: number }
    setLines(body.docs)
    setCount(body.totalDocs)
  }, [api])

  useEffect(() => {
    void load()
    const timer = setInterval(() => void load(), 60_000)
    return () => clearInterval(timer)
  }, [load])

  const mark = (where: string) =>
    fetch(`${api}${where}`, { method: 'PATCH', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ isRead: true }) })

  const label = t(i18n, 'notificationsUnread', { count })
  return (
    <div className="cchc-notification-bell" style={{ position: 'relative' }}>
      {/* The bell takes room in Payload's header: on a phone the breadcrumb gives it up (it shrinks
          and clips) instead of pushing the account button off a 390 px screen. */}
      <style>{'@media (max-width: 768px) { .app-header__step-nav-wrapper { min-width: 0; overflow: hidden; } }'}</style>
      <button
        type="button"
        aria-label={label}
        aria-expanded={open}
        title={label}
        onClick={() => setOpen(!open)}
        style={{ background: 'none', border: 0, cursor: 'pointer', fontSize: '1.2rem', padding: '0 calc(var(--base) / 2)', color: 'var(--theme-text)' }}
      >
        {/* Drawn, not an emoji: an office PC may lack an emoji font. */}
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" style={{ verticalAlign: 'middle' }}>
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {count > 0 ? (
          <span
            data-notification-count
            style={{ marginLeft: 4, fontSize: '0.75rem', background: 'var(--theme-error-750)', color: '#fff', borderRadius: 999, padding: '0 6px' }}
          >
            {count}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          role="dialog"
          aria-label={t(i18n, 'notificationsTitle')}
          style={{
            position: 'absolute',
            right: 0,
            top: '100%',
            zIndex: 100,
            width: 360,
            background: 'var(--theme-elevation-0)',
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 4,
            padding: 'calc(var(--base) / 2)',
            boxShadow: '0 4px 12px rgba(0,0,0,0.15)',
          }}
        >
          {lines.length === 0 ? (
            <p>{t(i18n, 'notificationsNone')}</p>
          ) : (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {lines.map((line) => (
                <li key={line.id} style={{ padding: 'calc(var(--base) / 4) 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
                  <a
                    href={line.link ?? `${config.routes.admin}/collections/${slug}/${line.id}`}
                    onClick={() => {
                      void mark(`/${line.id}`)
                    }}
                  >
                    {line.title}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <p style={{ display: 'flex', justifyContent: 'space-between', marginTop: 'calc(var(--base) / 2)', marginBottom: 0 }}>
            <a href={`${config.routes.admin}/collections/${slug}`}>{t(i18n, 'notificationsSeeAll')}</a>
            {count > 0 ? (
              <button
                type="button"
                style={{ background: 'none', border: 0, cursor: 'pointer', color: 'var(--theme-success-500)', padding: 0 }}
                onClick={async () => {
                  await mark(`?where=${unread}`)
                  await load()
                }}
              >
                {t(i18n, 'notificationsMarkAll')}
              </button>
            ) : null}
          </p>
        </div>
      ) : null}
    </div>
  )
}
