import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { postgresAdapter } from '../db/postgresAdapter.ts'
import { liveVisitorsSql, siteKind } from './interest.ts'

type Rows = { rows: Record<string, unknown>[] }
type SqlAdapter = {
  pool: { query: (text: string) => Promise<Rows> }
  sessions: Record<number | string, { db: unknown }>
  execute: (args: { db?: unknown; raw: string }) => Promise<Rows>
  tableNameMap: Map<string, string>
}

/**
 * Runs a read in the request's transaction when it has one (a report's save), else on the pool.
 * The statement is built from validated values only (days as yyyy-mm-dd, whole numbers, known
 * names): the adapter's raw execute takes no parameters.
 */
const readRows = async (req: PayloadRequest, raw: string): Promise<Record<string, unknown>[]> => {
  const db = postgresAdapter<SqlAdapter>(req.payload)
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const session = transactionID !== undefined ? db.sessions?.[transactionID] : undefined
  const result = session && db.execute ? await db.execute({ db: session.db, raw }) : await db.pool!.query(raw)
  return result.rows
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)
const dayLiteral = (day: string) => {
  if (!isDay(day)) throw new Error(`cchc: not a day: ${day}`)
  return `'${day}'`
}

const tablesOf = (req: PayloadRequest, options: ResolvedOptions) => {
  const map = postgresAdapter<SqlAdapter>(req.payload).tableNameMap
  const table = (slug: string) => map?.get(slug.replace(/-/g, '_')) ?? slug.replace(/-/g, '_')
  return {
    days: table(options.slugs.interestDays),
    marks: table(options.slugs.visitorMarks),
    posts: table(options.slugs.posts),
    postRels: `${table(options.slugs.posts)}_rels`,
    topics: table(options.slugs.topics),
    topicColumn: `${options.slugs.topics.replace(/-/g, '_')}_id`,
    procedures: table(options.slugs.procedures),
    units: table(options.slugs.units),
    feedback: table(options.slugs.feedback),
  }
}

/** How the statistics may be grouped. */
export const interestGroupings = ['day', 'post', 'procedure', 'topic', 'unit', 'format'] as const
export type InterestGrouping = (typeof interestGroupings)[number]

export type InterestRow = {
  key: string
  label: string
  /** Views by distinct visitors: each visitor counts once per item and day. */
  views: number
  /** Distinct visitors of the whole section, summed over days (by day only; null elsewhere). */
  visitors: null | number
  ratings: number
  ratingMean: null | number
  /** Feedback received (by day), or routed to the unit (by unit); null where it has no meaning. */
  feedback: null | number
}

export type InterestQuery = { from: string; to: string; groupBy: InterestGrouping; limit: number }

const mean = (total: number, count: number) => (count === 0 ? null : Math.round((total / count) * 100) / 100)

/**
 * Readers' interest over a date range (days in the commune's time zone, both ends included),
 * grouped by day, post (the top posts first), procedure, topic, unit or post format: views,
 * ratings and their mean, and feedback counts by day and by unit. Summed from the daily rows the
 * view and rating endpoints keep.
 */
export const interestStatistics = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  { from, to, groupBy, limit }: InterestQuery,
): Promise<{ rows: InterestRow[]; totals: Omit<InterestRow, 'key' | 'label'> }> => {
  const t = tablesOf(req, options)
  // The commune's zone (validated as an IANA name by the options), for the day a feedback arrived.
  const localDay = (column: string) => `to_char(${column} at time zone '${options.reporting.timeZone.replace(/'/g, '')}', 'YYYY-MM-DD')`
  const range = `d."day" between ${dayLiteral(from)} and ${dayLiteral(to)} and d."item_kind" <> '${siteKind}'`
  const siteRange = `d."day" between ${dayLiteral(from)} and ${dayLiteral(to)} and d."item_kind" = '${siteKind}'`
  const sums = `coalesce(sum(d."views"), 0)::bigint as views, coalesce(sum(d."ratings"), 0)::bigint as ratings, coalesce(sum(d."rating_total"), 0)::bigint as rating_total`
  const post = `join "${t.posts}" p on d."item_kind" = 'post' and p.id = d."item_id"`
  const queries: Record<InterestGrouping, string> = {
    day: `select d."day" as key, d."day" as label, ${sums} from "${t.days}" d where ${range} group by d."day" order by d."day"`,
    post: `select p.id::text as key, p."title" as label, ${sums} from "${t.days}" d ${post} where ${range} group by p.id, p."title" order by views desc, p.id limit ${limit}`,
    procedure: `select pr.id::text as key, concat(pr."code", ' ', pr."name") as label, ${sums} from "${t.days}" d
      join "${t.procedures}" pr on d."item_kind" = 'procedure' and pr.id = d."item_id" where ${range} group by pr.id order by views desc, pr.id limit ${limit}`,
    topic: `select tp."slug" as key, tp."name" as label, ${sums} from "${t.days}" d ${post}
      join "${t.postRels}" r on r."parent_id" = p.id and r."path" = 'topics' join "${t.topics}" tp on tp.id = r."${t.topicColumn}"
      where ${range} group by tp.id order by views desc`,
    unit: `select u."code" as key, u."name" as label, ${sums} from "${t.days}" d
      left join "${t.posts}" p on d."item_kind" = 'post' and p.id = d."item_id"
      left join "${t.procedures}" pr on d."item_kind" = 'procedure' and pr.id = d."item_id"
      join "${t.units}" u on u.id = coalesce(p."unit_id", pr."unit_id") where ${range} group by u.id order by views desc`,
    format: `select p."format"::text as key, p."format"::text as label, ${sums} from "${t.days}" d ${post} where ${range} group by p."format" order by views desc`,
  }
  const rows = await readRows(req, queries[groupBy])
  const feedbackBy: Partial<Record<InterestGrouping, string>> = {
    day: `select ${localDay('f."created_at"')} as key, count(*)::bigint as n from "${t.feedback}" f
      where ${localDay('f."created_at"')} between ${dayLiteral(from)} and ${dayLiteral(to)} group by 1`,
    unit: `select u."code" as key, count(*)::bigint as n from "${t.feedback}" f join "${t.units}" u on u.id = f."unit_id"
      where ${localDay('f."created_at"')} between ${dayLiteral(from)} and ${dayLiteral(to)} group by u."code"`,
  }
  const feedback = feedbackBy[groupBy] ? new Map((await readRows(req, feedbackBy[groupBy])).map((row) => [String(row.key), Number(row.n)])) : null
  // Past days from their section row, the days still marked from the marks (the purge moves one to the other in one statement).
  const visitors = new Map<string, number>()
  const visitorRows = [
    ...(await readRows(req, `select d."day" as key, d."views" as n from "${t.days}" d where ${siteRange}`)),
    ...(await readRows(req, liveVisitorsSql(t.marks, dayLiteral(from), dayLiteral(to)))),
  ]
  for (const row of visitorRows) visitors.set(String(row.key), (visitors.get(String(row.key)) ?? 0) + Number(row.n))
  const result: InterestRow[] = rows.map((row) => ({
    key: String(row.key),
    label: String(row.label ?? ''),
    views: Number(row.views),
    visitors: groupBy === 'day' ? (visitors.get(String(row.key)) ?? 0) : null,
    ratings: Number(row.ratings),
    ratingMean: mean(Number(row.rating_total), Number(row.ratings)),
    feedback: feedback ? (feedback.get(String(row.key)) ?? 0) : null,
  }))
  if (groupBy === 'day' && feedback) {
    // Days with feedback but no view still show.
    const seen = new Set(result.map((row) => row.key))
    for (const [key, n] of feedback) {
      if (key >= from && key <= to && !seen.has(key)) result.push({ key, label: key, views: 0, visitors: visitors.get(key) ?? 0, ratings: 0, ratingMean: null, feedback: n })
    }
    result.sort((a, b) => a.key.localeCompare(b.key))
  }
  const [all] = await readRows(req, `select ${sums} from "${t.days}" d where ${range}`)
  const feedbackTotal = await readRows(
    req,
    `select count(*)::bigint as n from "${t.feedback}" f where ${localDay('f."created_at"')} between ${dayLiteral(from)} and ${dayLiteral(to)}`,
  )
  return {
    rows: result,
    totals: {
      views: Number(all?.views ?? 0),
      visitors: [...visitors.values()].reduce((sum, n) => sum + n, 0),
      ratings: Number(all?.ratings ?? 0),
      ratingMean: mean(Number(all?.rating_total ?? 0), Number(all?.ratings ?? 0)),
      feedback: Number(feedbackTotal[0]?.n ?? 0),
    },
  }
}

/**
 * Views in a date range of the posts of one unit (whenever they were published): the "views"
 * a unit's report pre-fills for its period.
 */
export const unitPostViews = async (req: PayloadRequest, options: ResolvedOptions, unit: number | string, from: string, to: string): Promise<number> => {
  const t = tablesOf(req, options)
  const id = Number(unit)
  if (!Number.isSafeInteger(id)) return 0
  const [row] = await readRows(
    req,
    `select coalesce(sum(d."views"), 0)::bigint as views from "${t.days}" d join "${t.posts}" p on d."item_kind" = 'post' and p.id = d."item_id"
     where p."unit_id" = ${id} and d."day" between ${dayLiteral(from)} and ${dayLiteral(to)}`,
  )
  return Number(row?.views ?? 0)
}
