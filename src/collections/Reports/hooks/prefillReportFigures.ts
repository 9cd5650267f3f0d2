import type { CollectionBeforeChangeHook, Where } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { tallyAired } from '../../../lib/radioExports.ts'
import { idOf } from '../../../lib/relationId.ts'
import { type ReportFigures, reportFigureNames, tallyPosts } from '../../../lib/reportFigures.ts'
import { storedBefore } from '../../../lib/storedBefore.ts'
import { airedProgrammesOf } from '../../../services/radioProgramme.ts'
import { dayInVietnam } from '../../../lib/vietnamTime.ts'
import { unitPostViews } from '../../../services/interestStatistics.ts'

/**
 * Pre-fills a report's figures from what the CMS knows about the unit in the period: its posts
 * published by format, the views its posts had in the period (the interest statistics' daily
 * figures, whenever the posts were published), its announcements posted, radio items aired. Frozen once
 * the report is submitted, so the coordinator reads what the unit sent.
 */
export const prefillReportFigures =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const stored = storedBefore({ operation, originalDoc })
    if (stored?.reportState === 'submitted' || stored?.reportState === 'accepted') {
      data.figures = { ...data.figures, ...Object.fromEntries(reportFigureNames.map((name) => [name, stored.figures?.[name] ?? null])) }
      return data
    }
    const unit = idOf(data.unit)
    if (unit == null || !data.periodStart || !data.periodEnd) return data
    const inPeriod = (field: string): Where[] => [
      { unit: { equals: unit } },
      { _status: { equals: 'published' } },
      { [field]: { greater_than_equal: data.periodStart } },
      { [field]: { less_than_equal: data.periodEnd } },
    ]
    const posts = await req.payload.find({
      collection: options.slugs.posts,
      where: { and: inPeriod('publishedAt') },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { format: true },
    })
    const announcements = await req.payload.count({
      collection: options.slugs.announcements,
      where: { and: inPeriod('publishedAt') },
      overrideAccess: true,
      req,
    })
    const { timeZone } = options.reporting
    const views = await unitPostViews(req, options, unit, dayInVietnam(data.periodStart, timeZone), dayInVietnam(data.periodEnd, timeZone))
    // The unit's accepted items in programmes that aired in the period, and their minutes.
    const aired = tallyAired(await airedProgrammesOf(req, options, unit, String(data.periodStart), String(data.periodEnd)), unit)
    const figures: ReportFigures = { ...tallyPosts(posts.docs), views, announcements: announcements.totalDocs, ...aired }
    data.figures = { ...data.figures, ...figures }
    return data
  }
