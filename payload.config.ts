import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { databasePool, databaseQueue } from './host/databasePool.ts'
import { smtpEmailAdapter } from './host/emailAdapter.ts'
import { jobsLeader } from './host/jobsLeader.ts'
import { payloadSecret } from './host/secret.ts'
import { Users } from './host/users.ts'
import { migrations } from './migrations/index.ts'
import { type CchcPluginOptions, cchcPlugin } from './src/index.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const runsJobs = jobsLeader()
const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

const serverURL = process.env.SERVER_URL ?? `http://localhost:${process.env.PORT ?? 3000}`
// Browsers may call the API with cookies only from these origins; other origins' cookies are ignored.
const trustedOrigins = [serverURL, ...list(process.env.TRUSTED_ORIGINS)]

/** The plugin's options in this host (tests add to them: a host's collection overrides, say). */
export const pluginOptions: CchcPluginOptions = {
  authCollection: Users.slug,
  transactions: databaseQueue(),
  // Behind one reverse proxy (nginx) by default; 0 when nothing in front sets X-Forwarded-For.
  trustedProxies: Number(process.env.TRUSTED_PROXIES ?? 1),
  cronSecret: process.env.CRON_SECRET || undefined,
  media: { staticDir: process.env.MEDIA_DIR ?? path.join(dirname, 'media') },
  // Thanh Miện's procedure lists are announced by the city's People's Committee.
  announcements: { defaultIssuer: 'UBND thành phố Hải Phòng' },
  // Feeds and the sitemap link the portal's pages; unset: this server.
  publicSiteUrl: process.env.PUBLIC_SITE_URL || undefined,
  // CCHC_CACHE=off answers every anonymous read afresh (the bench's uncached target).
  httpCache: { enabled: process.env.CCHC_CACHE !== 'off' },
  // This repository is the plugin itself: the admin loads its components from source.
  adminComponents: {
    editorialQueue: '/src/components/EditorialQueue.tsx#EditorialQueue',
    annexImport: '/src/components/AnnexImport.tsx#AnnexImport',
    rateCell: '/src/components/Rate.tsx#RateCell',
    rateField: '/src/components/Rate.tsx#RateField',
    announcementItemLabel: '/src/components/AnnouncementItemLabel.tsx#AnnouncementItemLabel',
    reportsOverview: '/src/components/ReportsOverview.tsx#ReportsOverview',
    unitReports: '/src/components/UnitReports.tsx#UnitReports',
    workflowActions: '/src/components/WorkflowActions.tsx#WorkflowActions',
    radioWeek: '/src/components/RadioWeek.tsx#RadioWeek',
    parProgress: '/src/components/ParProgress.tsx#ParProgress',
    interestPanel: '/src/components/InterestPanel.tsx#InterestPanel',
    notificationBell: '/src/components/NotificationBell.tsx#NotificationBell',
    notificationsPanel: '/src/components/NotificationsPanel.tsx#NotificationsPanel',
  },
}

/** This host's config before Payload builds it. */
export const hostConfig: Config = {
  serverURL,
  cors: trustedOrigins,
  csrf: trustedOrigins,
  secret: payloadSecret(path.join(dirname, '.data')),
  admin: {
    user: Users.slug,
    // Gravatar needs the network; commune offices may not have it.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: ' - CCHC xã Thanh Miện' },
    dateFormat: 'dd/MM/yyyy HH:mm',
  },
  collections: [Users],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: databasePool(),
    migrationDir: path.join(dirname, 'migrations'),
    // Development pushes the schema; production runs the committed migrations on start.
    prodMigrations: migrations,
  }),
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
  },
  sharp,
  // Notifications' e-mail: SMTP from SMTP_* variables; without SMTP_HOST, mails are kept (host/emailAdapter.ts).
  email: smtpEmailAdapter(),
  // The plugin is typed against Payload's generic types, not this host's generated ones.
  typescript: { autoGenerate: false },
  // The schema and the playground are for development; production answers neither.
  graphQL: { disableIntrospectionInProduction: true, disablePlaygroundInProduction: true },
  // Runs queued jobs (scheduled publication) every minute; tests run the queue themselves. With several
  // instances on one database only the one holding the jobs lock schedules and runs (host/jobsLeader.ts).
  jobs: {
    // CCHC_JOBS_CRON: another schedule (croner; six fields for seconds), e.g. the production server test's every 5 s.
    autoRun: [{ cron: process.env.CCHC_JOBS_CRON || '* * * * *', queue: 'default', limit: 20, disableScheduling: true }],
    shouldAutoRun: async (payload) => {
      if (process.env.VITEST || !(await runsJobs())) return false
      await payload.jobs.handleSchedules({ queue: 'default' })
      return true
    },
  },
  plugins: [
    cchcPlugin(pluginOptions),
  ],
}

export default buildConfig(hostConfig)
