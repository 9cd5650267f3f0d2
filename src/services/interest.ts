import type { Payload } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { postgresAdapter } from '../db/postgresAdapter.ts'
import { type RatingScore, type RatingSummary, summarizeRatings } from '../lib/ratings.ts'

type Pool = { query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[]; rowCount?: null | number }> }

/** What a view or a rating is about: a post, a procedure, or the one-stop service as a whole (item 0). */
export type ItemKind = 'post' | 'procedure' | 'service'

/**
 * The daily row (item 0) whose `views` are the distinct visitors of the whole section that day (a
 * visitor viewing three posts is three views and one visitor), written when the day's marks are
 * purged; until then the marks are counted. Not an item anyone views or rates.
 */
export const siteKind = 'site'

const tableOf = (payload: Payload, slug: string): string => {
  const name = slug.replace(/-/g, '_')
  return postgresAdapter<{ tableNameMap: Map<string, string> }>(payload).tableNameMap?.get(name) ?? name
}

const sqlOf = (payload: Payload, options: Pick<ResolvedOptions, 'slugs'>) => {
  const pool = postgresAdapter<{ pool: Pool }>(payload).pool
  if (!pool) throw new Error('cchc: views and ratings need the PostgreSQL adapter')
  return {
    pool,
    marks: tableOf(payload, options.slugs.visitorMarks),
    days: tableOf(payload, options.slugs.interestDays),
    ratings: tableOf(payload, options.slugs.ratings),
    items: { post: tableOf(payload, options.slugs.posts), procedure: tableOf(payload, options.slugs.procedures) } as const,
  }
}

/** The published item as a one-row CTE (none when it is unknown or not published); the service is always there. */
const targetOf = (items: { post: string; procedure: string }, kind: ItemKind) =>
  kind === 'service' ? `select 0::integer as id where $1::integer = 0` : `select id from "${items[kind]}" where id = $1::integer and "_status" = 'published'`

export type Visit = {
  kind: ItemKind
  id: number
  /** The visitor's keyed hash for `day` (lib/visitor.ts). */
  visitor: string
  /** yyyy-mm-dd in the commune's time zone. */
  day: string
}

/**
 * Counts one view of a published item by one visitor, once a day, in one SQL statement: the
 * visitor's mark for the day, the item's daily row and its `viewCount` move together or not at
 * all, and concurrent views (from any number of app instances) all count. It runs on the pool in
 * autocommit, like the rate limits: one short statement, no transaction held.
 */
export const countView = async (
  payload: Payload,
  options: Pick<ResolvedOptions, 'slugs'>,
  visit: Visit,
): Promise<{ found: boolean; counted: boolean; viewCount: null | number }> => {
  const { pool, marks, days, items } = sqlOf(payload, options)
  const item = visit.kind === 'service' ? null : items[visit.kind]
  const { rows } = await pool.query(
    `with target as (${targetOf(items, visit.kind)}),
     mark as (
       insert into "${marks}" ("action", "item_kind", "item_id", "day", "visitor", "updated_at", "created_at")
       select 'view', $2::text, id, $3::text, $4::text, now(), now() from target
       on conflict ("action", "item_kind", "item_id", "day", "visitor") do nothing
       returning "item_id"
     ),
     daily as (
       insert into "${days}" ("item_kind", "item_id", "day", "views", "ratings", "rating_total", "score1", "score2", "score3", "score4", "score5", "updated_at", "created_at")
       select $2::text, "item_id", $3::text, 1, 0, 0, 0, 0, 0, 0, 0, now(), now() from mark
       on conflict ("item_kind", "item_id", "day") do update set "views" = "${days}"."views" + 1, "updated_at" = now()
       returning "views"
     )${
       item
         ? `, counted as (
       update "${item}" set "view_count" = coalesce("view_count", 0) + 1 where id in (select "item_id" from mark) returning "view_count"
     )
     select (select count(*) from target)::integer as found, (select count(*) from mark)::integer as counted,
       coalesce((select "view_count" from counted), (select "view_count" from "${item}" where id = $1)) as view_count`
         : `
     select (select count(*) from target)::integer as found, (select count(*) from mark)::integer as counted, null as view_count`
     }`,
    [visit.id, visit.kind, visit.day, visit.visitor],
  )
  const row = rows[0]!
  return { found: Number(row.found) > 0, counted: Number(row.counted) > 0, viewCount: row.view_count == null ? null : Number(row.view_count) }
}

/**
 * Records one satisfaction rating of a published item (or the service) by one visitor, once a day,
 * in one SQL statement: the mark, the rating with its comment, the daily score counts and the
 * item's `ratingCount` / `ratingTotal`.
 */
export const recordRating = async (
  payload: Payload,
  options: Pick<ResolvedOptions, 'slugs'>,
  visit: Visit & { score: RatingScore; comment: null | string },
): Promise<{ found: boolean; counted: boolean }> => {
  const { pool, marks, days, ratings, items } = sqlOf(payload, options)
  const item = visit.kind === 'service' ? null : items[visit.kind]
  const scoreColumns = [1, 2, 3, 4, 5].map((score) => `"score${score}"`)
  const { rows } = await pool.query(
    `with target as (${targetOf(items, visit.kind)}),
     mark as (
       insert into "${marks}" ("action", "item_kind", "item_id", "day", "visitor", "updated_at", "created_at")
       select 'rating', $2::text, id, $3::text, $4::text, now(), now() from target
       on conflict ("action", "item_kind", "item_id", "day", "visitor") do nothing
       returning "item_id"
     ),
     rating as (
       insert into "${ratings}" ("item_kind", "item_id", "day", "score", "comment", "updated_at", "created_at")
       select $2::text, "item_id", $3::text, $5::integer, $6::text, now(), now() from mark
       returning id
     ),
     daily as (
       insert into "${days}" ("item_kind", "item_id", "day", "views", "ratings", "rating_total", ${scoreColumns.join(', ')}, "updated_at", "created_at")
       select $2::text, "item_id", $3::text, 0, 1, $5::integer, ${[1, 2, 3, 4, 5].map((score) => `case when $5::integer = ${score} then 1 else 0 end`).join(', ')}, now(), now() from mark
       on conflict ("item_kind", "item_id", "day") do update set
         "ratings" = "${days}"."ratings" + 1,
         "rating_total" = "${days}"."rating_total" + $5::integer,
         ${[1, 2, 3, 4, 5].map((score) => `"score${score}" = "${days}"."score${score}" + excluded."score${score}"`).join(',\n         ')},
         "updated_at" = now()
       returning "ratings"
     )${
       item
         ? `, counted as (
       update "${item}" set "rating_count" = coalesce("rating_count", 0) + 1, "rating_total" = coalesce("rating_total", 0) + $5
       where id in (select "item_id" from mark) returning id
     )`
         : ''
     }
     select (select count(*) from target)::integer as found, (select count(*) from mark)::integer as counted, (select count(*) from rating)::integer as stored`,
    [visit.id, visit.kind, visit.day, visit.visitor, visit.score, visit.comment],
  )
  const row = rows[0]!
  return { found: Number(row.found) > 0, counted: Number(row.counted) > 0 }
}

/** Whether the item is there for the public (published; the service always is). */
export const isPublicItem = async (payload: Payload, options: Pick<ResolvedOptions, 'slugs'>, kind: ItemKind, id: number): Promise<boolean> => {
  const { pool, items } = sqlOf(payload, options)
  const { rows } = await pool.query(`${targetOf(items, kind)}`, [id])
  return rows.length > 0
}

/** The public summary of an item's ratings over all days. */
export const ratingSummary = async (
  payload: Payload,
  options: Pick<ResolvedOptions, 'slugs'>,
  kind: ItemKind,
  id: number,
): Promise<RatingSummary> => {
  const { pool, days } = sqlOf(payload, options)
  const { rows } = await pool.query(
    `select ${[1, 2, 3, 4, 5].map((score) => `coalesce(sum("score${score}"), 0)::integer as s${score}`).join(', ')}
     from "${days}" where "item_kind" = $1 and "item_id" = $2`,
    [kind, id],
  )
  const row = rows[0] ?? {}
  return summarizeRatings(Object.fromEntries([1, 2, 3, 4, 5].map((score) => [score, Number(row[`s${score}`] ?? 0)])) as Record<RatingScore, number>)
}

/**
 * Deletes visitor marks of days before `day` (past days' dedupe is done, their hashes are not
 * kept), keeping each day's count of distinct visitors in its section row, in one statement.
 */
export const purgeVisitorMarks = async (payload: Payload, options: Pick<ResolvedOptions, 'slugs'>, day: string): Promise<number> => {
  const { pool, marks, days } = sqlOf(payload, options)
  const { rows } = await pool.query(
    `with rolled as (
       insert into "${days}" ("item_kind", "item_id", "day", "views", "ratings", "rating_total", "score1", "score2", "score3", "score4", "score5", "updated_at", "created_at")
       select '${siteKind}', 0, "day", count(distinct "visitor"), 0, 0, 0, 0, 0, 0, 0, now(), now()
       from "${marks}" where "day" < $1::text and "action" = 'view' group by "day"
       on conflict ("item_kind", "item_id", "day") do update set "views" = "${days}"."views" + excluded."views", "updated_at" = now()
       returning 1
     ),
     deleted as (delete from "${marks}" where "day" < $1::text returning 1)
     select (select count(*) from deleted)::integer as deleted, (select count(*) from rolled)::integer as rolled`,
    [day],
  )
  return Number(rows[0]!.deleted)
}

/** SQL: distinct visitors per day of the days whose marks are still kept (today and yesterday), between two day literals. */
export const liveVisitorsSql = (marks: string, fromLiteral: string, toLiteral: string) =>
  `select "day" as key, count(distinct "visitor")::bigint as n from "${marks}" where "action" = 'view' and "day" between ${fromLiteral} and ${toLiteral} group by "day"`
