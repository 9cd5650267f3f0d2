import type { CollectionConfig, Endpoint, Field } from 'payload'

import { z } from 'zod'

import { defaultTopics } from './lib/defaultTopics.ts'
import { accessLevels, defaultUnits, unitCodePattern, unitKinds } from './lib/defaultUnits.ts'
import { type DueRules, defaultTimeZone, letterDueRules } from './lib/periods.ts'

const unitSeedSchema = z.object({
  code: z.string().regex(unitCodePattern, 'lowercase letters, digits and hyphens'),
  name: z.string().min(1),
  shortName: z.string().min(1),
  kind: z.enum(unitKinds),
  accessLevel: z.enum(accessLevels),
  isCoordinator: z.boolean().optional(),
})

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** Due on `day` of the month `monthOffset` months after the period's last month (0: the last month itself). */
const dueRuleSchema = (fallback: { day: number; monthOffset: number }) =>
  z
    .object({
      day: z.number().int().min(1).max(31),
      monthOffset: z.number().int().min(0).max(12),
    })
    .strict()
    .default(fallback)

const megabytes = (n: number) => n * 1024 * 1024

/** At most `limit` hits per `windowSeconds`. */
const rateLimitRuleSchema = z
  .object({ limit: z.number().int().min(1), windowSeconds: z.number().int().min(1).max(7 * 24 * 60 * 60) })
  .strict()

/** The contract in ARCHITECTURE.md: the portal and outside tests rely on these slugs. */
export const collectionSlugs = {
  units: 'units',
  posts: 'cchc-posts',
  topics: 'cchc-topics',
  media: 'cchc-media',
  procedures: 'procedures',
  announcements: 'procedure-announcements',
  procedureResults: 'procedure-results',
  reports: 'cchc-reports',
  rateLimits: 'cchc-rate-limits',
  auditLog: 'cchc-audit-log',
  broadcastSlots: 'broadcast-slots',
  broadcastSchedules: 'broadcast-schedules',
  documents: 'cchc-documents',
  documentIssuers: 'cchc-document-issuers',
  parCriteriaSets: 'par-criteria-sets',
  parAssessments: 'par-assessments',
  /** One row per criterion of an assessment: its unit, self-score, evidence, review and appraisal. */
  parScores: 'par-scores',
  contentVersions: 'cchc-content-versions',
  procedureLists: 'procedure-lists',
  visitorMarks: 'cchc-visitor-marks',
  interestDays: 'cchc-interest-days',
  ratings: 'cchc-ratings',
  feedback: 'cchc-feedback',
  /** What each account is told (thông báo): written by the server only, read and marked by its recipient. */
  notifications: 'cchc-notifications',
} as const

type PluginSlug = (typeof collectionSlugs)[keyof typeof collectionSlugs]

/**
 * What a host may change of one of the plugin's collections, as `@payloadcms/plugin-form-builder`'s
 * `formOverrides` lets it. The slug stays: it is the contract.
 */
export type CollectionOverride = {
  /** The collection's fields: the plugin's are `defaultFields`; return them with the host's own added. */
  fields?: (args: { defaultFields: Field[] }) => Field[]
  /** Merged over the plugin's admin settings. */
  admin?: CollectionConfig['admin']
  /** Instead of the plugin's names. */
  labels?: CollectionConfig['labels']
  /** Run after the plugin's own hooks of the same kind, never instead of them. */
  hooks?: CollectionConfig['hooks']
  /** Both must allow: the host's access is ANDed with the rights table's. */
  access?: CollectionConfig['access']
  /** Added to the plugin's endpoints of the collection. */
  endpoints?: Endpoint[]
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

const collectionOverrideSchema = z
  .object({
    fields: z.custom<NonNullable<CollectionOverride['fields']>>((value) => typeof value === 'function', 'a function ({ defaultFields }) => Field[]').optional(),
    admin: z.custom<NonNullable<CollectionOverride['admin']>>(isObject, 'an object').optional(),
    labels: z.custom<NonNullable<CollectionOverride['labels']>>(isObject, 'an object').optional(),
    hooks: z.custom<NonNullable<CollectionOverride['hooks']>>(isObject, 'an object').optional(),
    access: z.custom<NonNullable<CollectionOverride['access']>>(isObject, 'an object').optional(),
    endpoints: z.custom<Endpoint[]>(Array.isArray, 'a list of endpoints').optional(),
  })
  .strict()

const slugSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a collection slug')

/** Every option of the plugin, with its default. Read once, at config time. */
const optionsSchema = z
  .object({
    /**
     * Keep the collections and their rules (so the schema, migrations and access stay the same) but
     * seed nothing and leave the dashboard panel out.
     * @default false
     */
    disabled: z.boolean().default(false),
    /**
     * Slug of the host's auth collection that gets the `unit` and `isSystemAdmin` fields.
     * @default 'users'
     */
    authCollection: slugSchema.default('users'),
    /**
     * Who else holds the plugin's system-administrator rights, besides accounts with the
     * `isSystemAdmin` flag: a predicate on the signed-in user, for a host that already has its own
     * notion of an administrator (`(user) => user.roles?.includes('admin')`, or a list of e-mails).
     * Accounts in no unit that it does not name keep the host's rights and none of the plugin's.
     * @default none (the flag alone)
     */
    isAdministrator: z
      .custom<(user: Record<string, unknown>) => boolean>((value) => typeof value === 'function', 'a function (user) => boolean')
      .optional(),
    /**
     * Per collection of the plugin, by its slug: fields the host adds, admin settings, labels, hooks
     * run after the plugin's, access ANDed with the plugin's, endpoints (see `CollectionOverride`).
     * ```ts
     * collections: { 'cchc-posts': { fields: ({ defaultFields }) => [...defaultFields, { name: 'source', type: 'text' }] } }
     * ```
     * @default {} (every collection as the plugin defines it)
     */
    collections: z
      .partialRecord(z.enum(Object.values(collectionSlugs) as [PluginSlug, ...PluginSlug[]]), collectionOverrideSchema)
      .default({}),
    /**
     * Units created once on first start, matched by code. `false` seeds nothing.
     * @default the six units of the commune's letter
     */
    seedUnits: z
      .union([z.literal(false), z.array(unitSeedSchema)])
      .default(defaultUnits)
      .refine(
        (units) => units === false || new Set(units.map((u) => u.code)).size === units.length,
        'unit codes must be unique',
      ),
    /**
     * Topics (chuyên mục) of the column created once on first start, matched by slug. `false` seeds nothing.
     * @default the themes of the commune's letter
     */
    seedTopics: z
      .union([
        z.literal(false),
        z.array(
          z.object({
            slug: z.string().regex(unitCodePattern, 'lowercase letters, digits and hyphens'),
            name: z.string().min(1),
            description: z.string().optional(),
            order: z.number().int(),
          }),
        ),
      ])
      .default(defaultTopics),
    /** Where the admin finds the plugin's components (import-map paths). */
    adminComponents: z
      .object({
        /**
         * The dashboard panel listing posts in review and posts sent back; `false` leaves it out.
         * @default 'payload-plugin-cchc/rsc#EditorialQueue'
         */
        editorialQueue: z.union([z.literal(false), z.string().min(1)]).default('payload-plugin-cchc/rsc#EditorialQueue'),
        /**
         * The dashboard panel showing the coordinator (and editors) this quarter's report of every
         * unit, on time, late or missing; `false` leaves it out.
         * @default 'payload-plugin-cchc/rsc#ReportsOverview'
         */
        reportsOverview: z.union([z.literal(false), z.string().min(1)]).default('payload-plugin-cchc/rsc#ReportsOverview'),
        /**
         * The dashboard panel showing a unit its own reports: returned (with the reason), overdue,
         * due, and this quarter's if not yet opened; `false` leaves it out.
         * @default 'payload-plugin-cchc/rsc#UnitReports'
         */
        unitReports: z.union([z.literal(false), z.string().min(1)]).default('payload-plugin-cchc/rsc#UnitReports'),
        /**
         * The workflow steps as buttons on the edit views of posts ("Gửi duyệt", "Duyệt và đăng", "Yêu
         * cầu chỉnh sửa"…), reports ("Gửi báo cáo", "Tiếp nhận", "Trả lại") and decisions ("Công bố
         * quyết định"); `false` leaves them out (the state is then chosen in its field).
         * @default 'payload-plugin-cchc/rsc#WorkflowActions'
         */
        workflowActions: z.union([z.literal(false), z.string().min(1)]).default('payload-plugin-cchc/rsc#WorkflowActions'),
        /**
         * The dashboard panel showing the coordinator (and editors) the latest PAR self-assessment's
         * progress by unit, with its exports; `false` leaves it out.
         * @default 'payload-plugin-cchc/rsc#ParProgress'
         */
        parProgress: z.union([z.literal(false), z.string().min(1)]).default('payload-plugin-cchc/rsc#ParProgress'),
        /**
         * The panel on a decision's edit view that imports its annex from CSV; `false` leaves it out.
         * @default 'payload-plugin-cchc/client#AnnexImport'
         */
        annexImport: z.union([z.literal(false), z.string().min(1)]).default('payload-plugin-cchc/client#AnnexImport'),
        /**
         * How a list column shows a rate the server computes (procedure results): "93,75 %"; `false`
         * keeps Payload's number (0.9375).
         * @default 'payload-plugin-cchc/client#RateCell'
         */
        rateCell: z.union([z.literal(false), z.string().min(1)]).default('payload-plugin-cchc/client#RateCell'),
        /**
         * How an edit view shows a rate the server computes: read-only, "93,75 %"; `false` keeps
         * Payload's read-only number field.
         * @default 'payload-plugin-cchc/client#RateField'
         */
        rateField: z.union([z.literal(false), z.string().min(1)]).default('payload-plugin-cchc/client#RateField'),
        /**
         * The label of a decision's item ("03 · Bãi bỏ · 1.000894 · name"); `false` keeps Payload's "Mục 03".
         * @default 'payload-plugin-cchc/client#AnnouncementItemLabel'
         */
        announcementItemLabel: z.union([z.literal(false), z.string().min(1)]).default('payload-plugin-cchc/client#AnnouncementItemLabel'),
        /**
         * The radio's week (slots by day, filled or empty, each programme's length) above the
         * programmes' list; `false` leaves it out.
         * @default 'payload-plugin-cchc/rsc#RadioWeek'
         */
        radioWeek: z.union([z.literal(false), z.string().min(1)]).default('payload-plugin-cchc/rsc#RadioWeek'),
        /**
         * The dashboard panel of readers' interest (views per day as an SVG chart, totals, top
         * posts) for editors, the coordinator and administrators; `false` leaves it out.
         * @default 'payload-plugin-cchc/rsc#InterestPanel'
         */
        interestPanel: z.union([z.literal(false), z.string().min(1)]).default('payload-plugin-cchc/rsc#InterestPanel'),
        /**
         * The bell in the admin's header with the count of unread notifications and the latest as links; `false` leaves it out.
         * @default 'payload-plugin-cchc/client#NotificationBell'
         */
        notificationBell: z.union([z.literal(false), z.string().min(1)]).default('payload-plugin-cchc/client#NotificationBell'),
        /**
         * The dashboard panel listing what waits for the person (their unread notifications); `false` leaves it out.
         * @default 'payload-plugin-cchc/rsc#NotificationsPanel'
         */
        notificationsPanel: z.union([z.literal(false), z.string().min(1)]).default('payload-plugin-cchc/rsc#NotificationsPanel'),
      })
      .strict()
      .prefault({}),
    /** Uploads to `cchc-media`. */
    media: z
      .object({
        /**
         * Folder for uploaded files on local disk. A host on object storage (`@payloadcms/storage-s3`)
         * leaves it unused.
         * @default '<cwd>/media/cchc' (beside, not inside, a host's own `media` collection's files)
         */
        staticDir: z.string().min(1).optional(),
        /**
         * Largest file accepted per kind, in bytes.
         * @default image 10 MB, video 200 MB, audio 50 MB, pdf 20 MB
         */
        maxBytes: z
          .object({
            image: z.number().int().positive().default(megabytes(10)),
            video: z.number().int().positive().default(megabytes(200)),
            audio: z.number().int().positive().default(megabytes(50)),
            pdf: z.number().int().positive().default(megabytes(20)),
          })
          .strict()
          .prefault({}),
        /**
         * Most pixels (width × height, times the frames of an animation) an uploaded image may have,
         * read from its header before anything decodes it: a small file can hold a picture that takes
         * gigabytes and seconds to decode.
         * @default 50_000_000 (50 megapixels; a phone's photo has 12 to 50)
         */
        maxImagePixels: z.number().int().positive().default(50_000_000),
      })
      .strict()
      .prefault({}),
    /**
     * Address of the portal's public website, without a trailing slash: feeds and the sitemap link
     * every item there (`<publicSiteUrl>/cchc/<slug>`). Unset: the Payload config's `serverURL`.
     */
    publicSiteUrl: z
      .url({ protocol: /^https?$/, error: 'an absolute http(s) URL such as https://thanhmien.gov.vn' })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
    /** HTTP caching of anonymous reads of published content (the host's REST route must use `cacheAnonymousReads`). */
    httpCache: z
      .object({
        /**
         * Keep anonymous responses in memory, keyed by the request and the content version in
         * PostgreSQL. Off: every request is answered afresh, still with ETag and Cache-Control.
         * @default true
         */
        enabled: z.boolean().default(true),
        /**
         * Most bytes of response bodies kept in memory per instance (least recently used go first).
         * @default 64 MB
         */
        maxBytes: z.number().int().positive().default(megabytes(64)),
        /**
         * Largest single body kept (bigger media files are streamed, never kept).
         * @default 1 MB
         */
        maxEntryBytes: z.number().int().positive().default(megabytes(1)),
        /**
         * `max-age` browsers and shared caches may keep a response, per kind of route, in seconds.
         * @default content (lists, documents, search) 60, media files 3600, feeds and sitemap 300
         */
        maxAge: z
          .object({
            content: z.number().int().min(0).default(60),
            media: z.number().int().min(0).default(3600),
            feeds: z.number().int().min(0).default(300),
          })
          .strict()
          .prefault({}),
        /**
         * `stale-while-revalidate`, in seconds.
         * @default 300
         */
        staleWhileRevalidate: z.number().int().min(0).default(300),
      })
      .strict()
      .prefault({}),
    /**
     * Reverse proxies in front of the app that append the caller's address to `X-Forwarded-For`
     * (nginx with `$proxy_add_x_forwarded_for`, a load balancer): the client is the entry that many
     * places from the right; entries further left are whatever the caller wrote. Next.js fills the
     * header from the connection only when a request arrives without one, so run the app behind a
     * proxy. `0`: the header is not trusted, every caller counts as one client for the sign-in
     * limits, and anonymous GraphQL is not limited per client.
     * @default 1
     */
    trustedProxies: z.number().int().min(0).max(10).default(1),
    /** What one GraphQL request may ask for (the host's route must use `guardGraphQL`). */
    graphQL: z
      .object({
        /**
         * Most a request may cost. A list, a count or a join is 10 each time it runs, a search 20, a
         * related document 1, a single document 2, a mutation 20; what sits inside a list is
         * multiplied by its `limit` (10 unless given). Every alias runs, so every alias counts.
         * @default 200
         */
        maxCost: z.number().int().positive().default(200),
        /**
         * Deepest nesting of fields, fragments included.
         * @default 15 (the portal's deepest query has 8; GraphQL's introspection query 14)
         */
        maxDepth: z.number().int().positive().default(15),
        /**
         * Most aliased fields in one request.
         * @default 20
         */
        maxAliases: z.number().int().min(0).default(20),
        /**
         * Most fields a request may name once its fragments are written out (a fragment spread
         * twice counts twice).
         * @default 2000
         */
        maxFields: z.number().int().positive().default(2000),
        /**
         * Longest query text, in bytes.
         * @default 16_384
         */
        maxQueryBytes: z.number().int().positive().default(16 * 1024),
        /**
         * Largest request body (query and variables), in bytes; the rest of a larger one is not read.
         * @default 1 MB
         */
        maxRequestBytes: z.number().int().positive().default(megabytes(1)),
        /**
         * Requests an anonymous client (by address) may send per window, counted in PostgreSQL for
         * every instance at once; `false` counts nothing. Signed-in users are not counted.
         * @default 120 per 60 seconds
         */
        anonymousRateLimit: z
          .union([
            z.literal(false),
            z.object({ limit: z.number().int().positive(), windowSeconds: z.number().int().positive() }).strict(),
          ])
          .default({ limit: 120, windowSeconds: 60 }),
      })
      .strict()
      .prefault({}),
    /**
     * Hosts a post's video link may point to (exact host names; `www.` is not implied).
     * @default YouTube, Vimeo and Facebook video hosts
     */
    videoHosts: z
      .array(z.string().regex(/^[a-z0-9.-]+$/, 'a host name such as youtube.com'))
      .default(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'vimeo.com', 'player.vimeo.com', 'www.facebook.com', 'facebook.com', 'fb.watch']),
    /**
     * Hosts a procedure's link to the public service portal may point to: exact host names, or a
     * suffix starting with a dot (`.gov.vn` allows every host under gov.vn).
     * @default the national portal and the hosts of Vietnamese state websites
     */
    procedurePortalHosts: z
      .array(z.string().regex(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a host name such as dichvucong.gov.vn, or a suffix such as .gov.vn'))
      .min(1)
      .default(['dichvucong.gov.vn', '.gov.vn']),
    /** `GET /api/cchc/ready`, the readiness check a load balancer or monitor polls. */
    health: z
      .object({
        /**
         * Longest the database may take to answer before the instance reports itself unready.
         * @default 2000 ms
         */
        databaseTimeoutMs: z.number().int().min(100).max(60_000).default(2000),
        /**
         * A job still waiting this long after its time, or running this long, means the queue is stuck.
         * @default 15 minutes
         */
        jobsLateAfterMinutes: z.number().int().min(1).max(24 * 60).default(15),
      })
      .strict()
      .prefault({}),
    /** Announcement decisions (`procedure-announcements`). */
    announcements: z
      .object({
        /**
         * The issuer a new decision starts with (cơ quan ban hành), e.g. 'UBND thành phố Hải Phòng'
         * for communes of Hải Phòng, whose procedure lists the city's People's Committee announces.
         * @default none (the editor types it)
         */
        defaultIssuer: z.string().min(1).optional(),
      })
      .strict()
      .prefault({}),
    /** Reporting periods of the statistics and the units' reports (DOMAIN.md §4). */
    reporting: z
      .object({
        /**
         * Time zone of the commune: periods start and due dates fall at local midnight, whatever the
         * server's own zone.
         * @default 'Asia/Ho_Chi_Minh'
         */
        timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as Asia/Ho_Chi_Minh').default(defaultTimeZone),
        /**
         * When each kind of report is due. A report is on time when sent before 00:00 (local) of
         * the due day.
         * @default the letter's: day 5 of the period's last month (Q1: 5 March; Q2 and half-year:
         * 5 June; Q3: 5 September; Q4 and year: 5 December); monthly reports on the 5th of the next month
         */
        dueDates: z
          .object({
            month: dueRuleSchema(letterDueRules.month),
            quarter: dueRuleSchema(letterDueRules.quarter),
            halfYear: dueRuleSchema(letterDueRules.half_year),
            year: dueRuleSchema(letterDueRules.year),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    /** Sign-in, passwords and how a client is told apart from another (`accounts` of the auth collection). */
    accounts: z
      .object({
        /**
         * Shortest password accepted on create, update and reset (common passwords are refused whatever their length).
         * @default 12
         */
        minPasswordLength: z.number().int().min(12).max(128).default(12),
        /**
         * Sign-in attempts. Failures are counted per account and client (an attacker only slows
         * their own client, never the staff's) and per client across accounts (credential
         * stuffing); a successful sign-in clears its account-and-client count. Each rule is a
         * tier: the longer windows are the backoff of a client that keeps failing.
         * @default account and client: 5 per 15 minutes, 20 per day; client: 30 per 15 minutes, 100 per day
         */
        login: z
          .object({
            perAccountAndClient: z.array(rateLimitRuleSchema).min(1).default([
              { limit: 5, windowSeconds: 15 * 60 },
              { limit: 20, windowSeconds: 24 * 60 * 60 },
            ]),
            perClient: z.array(rateLimitRuleSchema).min(1).default([
              { limit: 30, windowSeconds: 15 * 60 },
              { limit: 100, windowSeconds: 24 * 60 * 60 },
            ]),
          })
          .strict()
          .prefault({}),
        /**
         * Password-reset e-mails: per address (across clients, so nobody floods a colleague's
         * mailbox) and per client.
         * @default address: 3 per hour; client: 10 per hour
         */
        forgotPassword: z
          .object({
            perAccount: z.array(rateLimitRuleSchema).min(1).default([{ limit: 3, windowSeconds: 60 * 60 }]),
            perClient: z.array(rateLimitRuleSchema).min(1).default([{ limit: 10, windowSeconds: 60 * 60 }]),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    /**
     * Secret a scheduler sends as `Authorization: Bearer <secret>` to run the jobs queue over HTTP
     * (`/api/payload-jobs/run`, `/api/payload-jobs/handle-schedules`); without it only system
     * administrators may. Unset: administrators only.
     */
    cronSecret: z.string().min(16, 'at least 16 characters').optional(),
    /** Notifications (`cchc-notifications`): who is told of what, in the admin and by e-mail. */
    notifications: z
      .object({
        /**
         * Days before a report's due day on which each unit that has not sent it is reminded
         * (a day the job missed is caught up; each reminder once).
         * @default [7, 2]
         */
        reportDaysBefore: z.array(z.number().int().min(1).max(60)).default([7, 2]),
        /** Kinds of report the reminders cover. @default ['quarter', 'half_year', 'year'] (the letter's) */
        reportKinds: z.array(z.enum(['month', 'quarter', 'half_year', 'year'])).default(['quarter', 'half_year', 'year']),
        /** Days before a feedback's answer is late on which its unit and the editors are reminded. @default [2] */
        feedbackDaysBefore: z.array(z.number().int().min(1).max(60)).default([2]),
        /**
         * Hour of the day (0–23, on the clock of `reporting.timeZone`) at which the daily digest is
         * mailed to those who chose it, with every notification that arrived before that hour.
         * @default 16 (before the office closes)
         */
        digestHour: z.number().int().min(0).max(23).default(16),
        /**
         * Send e-mail through Payload's e-mail adapter (the host's `email`), by a job after the change commits.
         * @default true
         */
        email: z.boolean().default(true),
        /** Failed sends are tried again this many times by the jobs queue. @default 5 */
        emailRetries: z.number().int().min(0).max(20).default(5),
      })
      .strict()
      .prefault({}),
    /** The append-only audit log (`cchc-audit-log`). */
    auditLog: z
      .object({
        /**
         * Entries older than this many days are deleted by the hourly `cchcPurgeExpiredRecords` job.
         * @default 730 (two years)
         */
        retentionDays: z.number().int().min(1).max(36500).default(730),
      })
      .strict()
      .prefault({}),
    /** Results of procedure handling (`procedure-results`). */
    procedureResults: z
      .object({
        /**
         * Code of the unit that owns the figures when an editor does not choose one.
         * @default 'ttpvhcc' (Trung tâm Phục vụ hành chính công xã)
         */
        defaultUnitCode: z.string().regex(unitCodePattern, 'lowercase letters, digits and hyphens').default('ttpvhcc'),
      })
      .strict()
      .prefault({}),
    /**
     * Database transactions (every write): how many may be open at once in one process, so that no
     * request can hold a pooled connection while waiting for another (see `db/transactionGate.ts`).
     */
    transactions: z
      .object({
        /**
         * Pool connections kept out of transactions, for the queries Payload runs beside a write's
         * transaction and for anonymous reads. Used when `maxOpen` is not set.
         * @default 3
         */
        reservedConnections: z.number().int().min(1).default(3),
        /**
         * Most transactions open at once in this process; the others wait in line.
         * @default the database pool's `max` less `reservedConnections` (7 with node-postgres' 10)
         */
        maxOpen: z.number().int().positive().optional(),
        /**
         * How long a write waits in line before it is answered 503 (with Retry-After), in milliseconds.
         * @default 15000
         */
        queueTimeoutMs: z.number().int().positive().default(15_000),
        /**
         * Retry-After of that 503 (and of one for a database that could not be reached), in seconds.
         * @default 5
         */
        retryAfterSeconds: z.number().int().positive().default(5),
      })
      .strict()
      .prefault({}),
    /** The commune radio (đài truyền thanh cơ sở): slots and programmes (`broadcast-slots`, `broadcast-schedules`). */
    radio: z
      .object({
        /**
         * Reading pace of the announcer, in words a minute: a script's length is its word count at
         * this pace (Vietnamese writes one syllable per word).
         * @default 140
         */
        wordsPerMinute: z.number().int().min(40).max(400).default(140),
      })
      .strict()
      .prefault({}),
    /** Readers' satisfaction ratings (`…/:id/rating`, `/api/cchc/service-rating`). */
    ratings: z
      .object({
        /**
         * Ratings an anonymous client (by address, whatever its user agent) may send per window,
         * across all items, counted in PostgreSQL for every instance; over it, 429 with
         * Retry-After. One rating per visitor and item a day holds besides.
         * @default 30 per hour
         */
        rateLimit: rateLimitRuleSchema.default({ limit: 30, windowSeconds: 60 * 60 }),
      })
      .strict()
      .prefault({}),
    /** Citizens' feedback and questions (`cchc-feedback`). */
    feedback: z
      .object({
        /**
         * Working days (Monday to Friday, less `holidays`) a unit has to answer, counted from the
         * day after receipt; past it the hourly job flags the feedback overdue.
         * @default 10
         */
        answerWorkingDays: z.number().int().min(1).max(120).default(10),
        /** Days off besides weekends (Tết, national holidays), as `yyyy-mm-dd`. @default [] */
        holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as yyyy-mm-dd')).default([]),
        /**
         * Days after a feedback is published or closed when the hourly job erases its contact details.
         * @default 365
         */
        contactRetentionDays: z.number().int().min(1).max(3650).default(365),
        /**
         * Feedback an anonymous client (by address) may send per window, counted in PostgreSQL for
         * every instance at once; over it, 429 with Retry-After. Signed-in staff are not counted.
         * @default 5 per hour
         */
        rateLimit: rateLimitRuleSchema.default({ limit: 5, windowSeconds: 60 * 60 }),
        /**
         * Letters before the year in a tracking code (`PA-2026-000123`).
         * @default 'PA'
         */
        trackingPrefix: z.string().regex(/^[A-Z]{1,10}$/, 'capital letters A-Z').default('PA'),
      })
      .strict()
      .prefault({}),
  })
  .strict()

/** The due-date rules of the options, by period kind. */
export const dueRulesOf = (options: Pick<ResolvedOptions, 'reporting'>): DueRules => {
  const { month, quarter, halfYear, year } = options.reporting.dueDates
  return { month, quarter, half_year: halfYear, year }
}

export type CchcPluginOptions = z.input<typeof optionsSchema>
export type ResolvedOptions = z.output<typeof optionsSchema> & {
  /** Slugs of the plugin's own collections. */
  slugs: typeof collectionSlugs
}


type Issue = z.core.$ZodIssue

// Names the innermost option at fault: an unknown key by name, a union by its closest branch.
const describeIssue = (issue: Issue, prefix: PropertyKey[] = []): string[] => {
  const path = [...prefix, ...issue.path]
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `option \`${[...path, key].join('.')}\`: unknown option`)
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const depth = (branch: Issue[]) => Math.max(...branch.map((inner) => inner.path.length))
    const closest = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0]!
    if (depth(closest) > 0) return closest.flatMap((inner) => describeIssue(inner, path))
  }
  return [`option \`${path.join('.') || '(root)'}\`: ${issue.message}`]
}

/** Validates the options; a wrong one stops start-up with a message naming it. */
export const resolveOptions = (options: CchcPluginOptions = {}): ResolvedOptions => {
  const parsed = optionsSchema.safeParse(options)
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => describeIssue(issue)).map((line) => `  - ${line}`)
    throw new Error(`cchcPlugin: invalid options\n${problems.join('\n')}`)
  }
  return { ...parsed.data, slugs: collectionSlugs }
}
