import type { CollectionConfig, Config, PayloadRequest } from 'payload'

import { initI18n } from '@payloadcms/translations'
import { createLocalReq } from 'payload'

import type { CchcPluginOptions } from './options.ts'

import { guardDocumentLocks } from './access/documentLocks.ts'
import { withPublishGuard } from './access/onlyPublishersPublish.ts'
import { mayRunJobs } from './access/runJobs.ts'
import { auditLogCollection } from './collections/AuditLog/index.ts'
import { documentIssuersCollection } from './collections/DocumentIssuers/index.ts'
import { documentsCollection } from './collections/Documents/index.ts'
import { contentVersionsCollection } from './collections/ContentVersions/index.ts'
import { recordFailedLogins } from './collections/AuthCollection/hooks/guardLogin.ts'
import { extendAuthCollection } from './collections/AuthCollection/index.ts'
import { broadcastSchedulesCollection } from './collections/BroadcastSchedules/index.ts'
import { broadcastSlotsCollection } from './collections/BroadcastSlots/index.ts'
import { mediaCollection } from './collections/Media/index.ts'
import { postsCollection } from './collections/Posts/index.ts'
import { announcementsCollection } from './collections/ProcedureAnnouncements/index.ts'
import { parAssessmentsCollection } from './collections/ParAssessments/index.ts'
import { parCriteriaSetsCollection } from './collections/ParCriteriaSets/index.ts'
import { parScoresCollection } from './collections/ParScores/index.ts'
import { procedureResultsCollection } from './collections/ProcedureResults/index.ts'
import { proceduresCollection } from './collections/Procedures/index.ts'
import { rateLimitsCollection } from './collections/RateLimits/index.ts'
import { reportsCollection } from './collections/Reports/index.ts'
import { topicsCollection } from './collections/Topics/index.ts'
import { procedureListsCollection } from './collections/ProcedureLists/index.ts'
import { unitsCollection } from './collections/Units/index.ts'
import { withInputChecks } from './collections/withInputChecks.ts'
import { withOverride } from './collections/withOverride.ts'
import { interestDaysCollection } from './collections/InterestDays/index.ts'
import { ratingsCollection } from './collections/Ratings/index.ts'
import { visitorMarksCollection } from './collections/VisitorMarks/index.ts'
import { serviceRatingEndpoints } from './endpoints/interest.ts'
import { interestStatisticsEndpoint } from './endpoints/interestStatistics.ts'
import { feedbackCollection } from './collections/Feedback/index.ts'
import { feedbackUpkeepTask } from './jobs/feedbackUpkeep.ts'
import { notificationsCollection } from './collections/Notifications/index.ts'
import { notificationDigestTask } from './jobs/notificationDigest.ts'
import { notificationRemindersTask } from './jobs/notificationReminders.ts'
import { sendNotificationEmailTask } from './jobs/sendNotificationEmail.ts'
import { markScheduledPublishing } from './services/scheduledPublishing.ts'
import { ensureTrackingSequence } from './services/feedbackTracking.ts'
import { logPoolErrors } from './db/logPoolErrors.ts'
import { ensureSearchIndexes } from './db/searchIndexes.ts'
import { gateTransactions } from './db/transactionGate.ts'
import { healthEndpoint, readyEndpoint } from './endpoints/health.ts'
import { documentQueries } from './graphql/documentQueries.ts'
import { feedEndpoints } from './endpoints/feeds.ts'
import { procedureQueries } from './graphql/procedureQueries.ts'
import { queryCostRule } from './graphql/queryCost.ts'
import { addRequestId } from './hooks/addRequestId.ts'
import { answerDatabaseBusy } from './hooks/answerDatabaseBusy.ts'
import { answerInputErrors } from './hooks/answerInputErrors.ts'
import { withAuditLog } from './hooks/auditChanges.ts'
import { withContentVersion } from './hooks/bumpContentVersion.ts'
import { keepErrorData } from './hooks/keepErrorData.ts'
import { nameFieldsByLabel } from './hooks/nameFieldsByLabel.ts'
import { applyDueAnnouncementsTask } from './jobs/applyDueAnnouncements.ts'
import { markOverdueReportsTask } from './jobs/markOverdueReports.ts'
import { purgeExpiredRecordsTask } from './jobs/purgeExpiredRecords.ts'
import { largestUploadBytes } from './lib/mediaKinds.ts'
import { resolveOptions } from './options.ts'
import { withRedactedLogs } from './redactedLogger.ts'
import { auditScheduledPublishing } from './services/auditScheduling.ts'
import { seedTopics } from './services/seedTopics.ts'
import { seedUnits } from './services/seedUnits.ts'
import { withTranslations } from './translations/withTranslations.ts'

export type { Role } from './access/roles.ts'
export { roles } from './access/roles.ts'
export { fieldRights, rights } from './access/rights.ts'
export { defaultUnits } from './lib/defaultUnits.ts'
export { dueDateOf, letterDueRules, periodKey, periodKinds, periodLabel, periodRange } from './lib/periods.ts'
export type { DueRule, DueRules, PeriodKind, PeriodRef } from './lib/periods.ts'
export { reportStates, reportTransitions } from './lib/reportWorkflow.ts'
export { eventAudiences, notificationEvents } from './lib/notificationEvents.ts'
export type { Audience, NotificationEvent } from './lib/notificationEvents.ts'
export { assessmentStates, assessmentTransitions, scoreStates, scoreTransitions } from './lib/parWorkflow.ts'
export { parCriteriaColumns } from './lib/parCriteriaCsv.ts'
export type { UnitSeed } from './lib/defaultUnits.ts'
export { collectionSlugs } from './options.ts'
export { ratingScoreLabels, ratingScores } from './lib/ratings.ts'
export { feedbackCategories, feedbackCategoryLabels, feedbackStateLabels, feedbackStates, publicFeedbackStatusLabels } from './lib/feedbackWorkflow.ts'
export { guardGraphQL } from './graphql/guardGraphQL.ts'
export { dropSearchIndexStatements, searchIndexStatements } from './db/searchIndexes.ts'
export { cacheAnonymousReads, feedPaths } from './http/cacheAnonymousReads.ts'
export { type AnswerCachedRead, cachedReadAnswerKey } from './lib/cachedReadAnswer.ts'
export { graphqlGet } from './http/graphqlGet.ts'
export type { CchcPluginOptions, CollectionOverride, ResolvedOptions } from './options.ts'

/**
 * The "Cải cách hành chính" section of a commune portal.
 *
 * ```ts
 * plugins: [cchcPlugin({ authCollection: 'users' })]
 * ```
 */
export const cchcPlugin =
  (pluginOptions: CchcPluginOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const collections = incomingConfig.collections ?? []

    const authCollection = collections.find((collection) => collection.slug === options.authCollection)
    if (!authCollection?.auth) {
      throw new Error(
        `cchcPlugin: invalid options\n  - option \`authCollection\`: "${options.authCollection}" is not an auth collection of this config`,
      )
    }

    // What the host changes of each collection, applied once, before the rules that must hold whatever it changed.
    const { slugs } = options
    const publicSlugs = new Set<string>([slugs.units, slugs.media, slugs.topics, slugs.posts, slugs.procedures, slugs.announcements, slugs.procedureResults])
    const overridden = (collection: CollectionConfig) => withOverride(collection, options.collections[collection.slug as keyof typeof options.collections])

    const config: Config = {
      ...incomingConfig,
      // The collections are added even when disabled, so the schema and migrations stay the same.
      collections: [
        ...collections.map((collection) =>
          collection.slug === options.authCollection ? withAuditLog(extendAuthCollection(collection, options), options) : collection,
        ),
        // Every change to these lands in the audit log, in the change's transaction.
        ...[
          unitsCollection(options),
          mediaCollection(options),
          topicsCollection(options),
          postsCollection(options),
          proceduresCollection(options),
          announcementsCollection(options),
          procedureResultsCollection(options),
          reportsCollection(options),
          broadcastSlotsCollection(options),
          broadcastSchedulesCollection(options),
          documentIssuersCollection(options),
          documentsCollection(options),
          parCriteriaSetsCollection(options),
          parAssessmentsCollection(options),
          parScoresCollection(options),
          procedureListsCollection(options),
        ]
          .map(overridden)
          .map(withPublishGuard(options))
          .map((collection) => withAuditLog(collection, options))
          // What the public reads: every change to it bumps the content version the response caches key on.
          .map((collection) => (publicSlugs.has(collection.slug) ? withContentVersion(collection, options) : collection)),
        overridden(rateLimitsCollection(options)),
        overridden(auditLogCollection(options)),
        overridden(contentVersionsCollection(options)),
        // Citizens' views and ratings: written by the server in SQL, never through the API.
        overridden(visitorMarksCollection(options)),
        overridden(interestDaysCollection(options)),
        overridden(ratingsCollection(options)),
        withAuditLog(overridden(feedbackCollection(options)), options),
        overridden(notificationsCollection(options)),
      ],
      // Cross-collection endpoints, under /api/cchc/: health, feeds and the sitemap, the service rating, interest statistics.
      endpoints: [
        ...(incomingConfig.endpoints ?? []),
        healthEndpoint(),
        readyEndpoint(options),
        ...feedEndpoints(options),
        ...serviceRatingEndpoints(options),
        interestStatisticsEndpoint(options),
      ],
      graphQL: {
        ...incomingConfig.graphQL,
        queries: documentQueries(options, procedureQueries(options, incomingConfig.graphQL?.queries)),
        validationRules: (args) => [
          ...(incomingConfig.graphQL?.validationRules?.(args) ?? []),
          queryCostRule(options.graphQL.maxCost, args.variableValues ?? undefined, (args.contextValue as { req?: PayloadRequest } | undefined)?.req),
        ],
      },
      // Read at run time by guardGraphQL, which has only the config.
      custom: { ...incomingConfig.custom, cchc: options },
      // The tasks are there even when disabled: their slugs are part of the jobs table's schema.
      jobs: {
        ...incomingConfig.jobs,
        // Over HTTP and the Local API, only administrators or the cron secret (and the host's own rule, if any).
        access: {
          ...incomingConfig.jobs?.access,
          ...Object.fromEntries(
            (['run', 'queue', 'cancel'] as const).map((operation) => {
              const host = incomingConfig.jobs?.access?.[operation] as ((args: { req: PayloadRequest }) => boolean | Promise<boolean>) | undefined
              const ours = mayRunJobs(options)
              return [operation, async (args: { req: PayloadRequest }) => (await ours(args)) && (!host || (await host(args)))]
            }),
          ),
        },
        tasks: [
          ...(incomingConfig.jobs?.tasks ?? []),
          applyDueAnnouncementsTask(options),
          markOverdueReportsTask(options),
          purgeExpiredRecordsTask(options),
          feedbackUpkeepTask(options),
          sendNotificationEmailTask(options),
          notificationRemindersTask(options),
          notificationDigestTask(options),
        ],
      },
      hooks: {
        ...incomingConfig.hooks,
        // An error keeps what is at fault, named as the person sees the fields; a malformed request that still reaches the database answers
        // 400, not 500 (REST and GraphQL); a busy database 503; a failed sign-in is logged.
        afterError: [
          ...(incomingConfig.hooks?.afterError ?? []),
          keepErrorData,
          nameFieldsByLabel,
          answerInputErrors,
          answerDatabaseBusy(options),
          recordFailedLogins(options),
          addRequestId,
        ],
      },
      logger: withRedactedLogs(incomingConfig.logger),
      i18n: withTranslations(incomingConfig.i18n),
      // A busy database is expected under load: a warning, not an error with a stack trace.
      // (Payload types the keys as its own error names; the levels apply to any error's name.)
      loggingLevels: { ...({ DatabaseBusy: 'warn', InvalidParameters: 'info' } as Config['loggingLevels']), ...incomingConfig.loggingLevels },
      // Payload refuses any file over upload.limits.fileSize before the plugin's hooks run: raise it
      // to the largest per-kind limit so those are the limits that apply (never lowering the host's).
      upload: {
        ...incomingConfig.upload,
        limits: {
          ...incomingConfig.upload?.limits,
          fileSize: largestUploadBytes(options.media.maxBytes, incomingConfig.upload?.limits?.fileSize),
        },
      },
    }
    // The plugin's collections, and the auth collection it extends, refuse malformed input with a 400.
    const checked = new Set<string>([...Object.values(options.slugs), options.authCollection])
    config.collections = (config.collections ?? []).map((collection) => (checked.has(collection.slug) ? withInputChecks(collection) : collection))
    if (options.disabled) return config

    const panels = [
      ...(options.adminComponents.notificationsPanel
        ? [{ path: options.adminComponents.notificationsPanel, serverProps: { notificationsSlug: options.slugs.notifications, authCollection: options.authCollection, timeZone: options.reporting.timeZone } }]
        : []),
      ...(options.adminComponents.editorialQueue
        ? [{ path: options.adminComponents.editorialQueue, serverProps: { postsSlug: options.slugs.posts, authCollection: options.authCollection, timeZone: options.reporting.timeZone, announcementsSlug: options.slugs.announcements } }]
        : []),
      ...(options.adminComponents.unitReports ? [{ path: options.adminComponents.unitReports, serverProps: { options } }] : []),
      ...(options.adminComponents.reportsOverview ? [{ path: options.adminComponents.reportsOverview, serverProps: { options } }] : []),
      ...(options.adminComponents.parProgress ? [{ path: options.adminComponents.parProgress, serverProps: { options } }] : []),
      ...(options.adminComponents.interestPanel ? [{ path: options.adminComponents.interestPanel, serverProps: { options } }] : []),
    ]
    const bell = options.adminComponents.notificationBell ? [options.adminComponents.notificationBell] : []
    if (panels.length > 0 || bell.length > 0) {
      const components = incomingConfig.admin?.components ?? {}
      config.admin = {
        ...incomingConfig.admin,
        components: {
          ...components,
          beforeDashboard: [...panels, ...(components.beforeDashboard ?? [])],
          // The notifications bell in the header, beside the host's own actions.
          actions: [...(components.actions ?? []), ...bell],
        },
      }
    }
    // The schedule drawer (and any date field with a time zone) starts in the commune's time zone,
    // first in the list; a host that sets its own time zones keeps them.
    if (!incomingConfig.admin?.timezones) {
      const commune = options.reporting.timeZone
      config.admin = {
        ...config.admin,
        timezones: {
          supportedTimezones: ({ defaultTimezones }) => [
            { label: commune === 'Asia/Ho_Chi_Minh' ? 'Hà Nội, TP. Hồ Chí Minh (GMT+7)' : commune, value: commune },
            ...defaultTimezones.filter((zone) => zone.value !== commune),
          ],
          defaultTimezone: commune,
        },
      }
    }

    const hostOnInit = incomingConfig.onInit
    config.onInit = async (payload) => {
      // Before any write: no request may hold a pooled connection while waiting for another.
      const fallback = await initI18n({ config: payload.config.i18n, context: 'api', language: payload.config.i18n.fallbackLanguage })
      gateTransactions(payload, options.transactions, fallback)
      logPoolErrors(payload)
      await ensureSearchIndexes(payload)
      await ensureTrackingSequence(payload, options)
      // Units first: the host's own start-up (demo accounts, say) may refer to them.
      const req = await createLocalReq({}, payload)
      await seedUnits(req, options)
      await seedTopics(req, options)
      auditScheduledPublishing(payload, options)
      markScheduledPublishing(payload)
      guardDocumentLocks(payload)
      if (hostOnInit) await hostOnInit(payload)
    }
    return config
  }
