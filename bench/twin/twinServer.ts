/**
 * The raw-SQL twin: a plain Node `http` server with `pg` that answers the bench's public reads with
 * the same JSON as the project, straight from SQL, as the fastest reasonable hand-written server
 * would (two statements per read, no cache). What the bench compares the project with.
 *
 *   DATABASE_URL=… PORT=… PUBLIC_URL=http://host:port  tsx bench/twin/twinServer.ts
 *
 * PUBLIC_URL is the project's SERVER_URL: media URLs are absolute on it.
 */
import { createHmac, randomBytes } from 'node:crypto'
import http from 'node:http'
import pg from 'pg'

import { containsPattern, twinFold } from './twinFold.ts'
import { mediaDoc, paginated, postColumns, postDoc, procedureColumns, procedureDoc, topicDoc, unitDoc } from './twinShapes.ts'

// numeric columns (counters, sizes, order) as numbers, as Payload gives them.
pg.types.setTypeParser(1700, (value) => Number(value))

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 10) })
const fileUrl = `${process.env.PUBLIC_URL ?? ''}/api/cchc-media/file/`

class BadRequest extends Error {}

const whole = (value: string | null, fallback: number, max: number) => {
  if (value === null) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > max) throw new BadRequest(`bad number ${value}`)
  return number
}

/** `where[topics][in]=1,2` or `where[topics][in][0]=1&where[topics][in][1]=2`. */
const idList = (query: URLSearchParams, key: string): number[] | undefined => {
  const values = [...query.entries()].filter(([name]) => name === key || name.startsWith(`${key}[`)).flatMap(([, value]) => value.split(','))
  if (values.length === 0) return undefined
  const ids = values.map(Number)
  if (ids.some((id) => !Number.isInteger(id))) throw new BadRequest(`bad id in ${key}`)
  return ids
}

const known = (query: URLSearchParams, allowed: string[]) => {
  for (const name of query.keys()) {
    if (!allowed.some((prefix) => name === prefix || name.startsWith(`${prefix}[`))) throw new BadRequest(`the twin does not answer ${name}`)
  }
}

/** GET /api/cchc-posts: a topic's page or a post by slug, published only, newest first, depth 1. */
const listPosts = async (query: URLSearchParams) => {
  known(query, ['where[topics][in]', 'where[slug][equals]', 'sort', 'limit', 'page', 'depth'])
  if (query.get('depth') !== '1') throw new BadRequest('the twin answers depth=1')
  if ((query.get('sort') ?? '-publishedAt') !== '-publishedAt') throw new BadRequest('the twin sorts by -publishedAt')
  const limit = whole(query.get('limit'), 10, 100)
  const page = whole(query.get('page'), 1, 10_000)
  const topics = idList(query, 'where[topics][in]')
  const slug = query.get('where[slug][equals]')

  // The filter, its parameters numbered from `first` (it is used in both statements).
  const filter = (first: number) => {
    const values: unknown[] = []
    const conditions = [`p._status = 'published'`]
    if (topics) {
      values.push(topics)
      conditions.push(`exists (select 1 from cchc_posts_rels r where r.parent_id = p.id and r.path = 'topics' and r.cchc_topics_id = any($${first + values.length - 1}::int[]))`)
    }
    if (slug !== null) {
      values.push(slug)
      conditions.push(`p.slug = $${first + values.length - 1}`)
    }
    return { where: conditions.join(' and '), values }
  }
  // The page first: an index scan newest first that stops after `limit` rows.
  const page1 = filter(3)
  const { rows } = await pool.query(
    `select ${postColumns.map((c) => `p.${c}`).join(', ')} from cchc_posts p where ${page1.where}
      order by p.published_at desc limit $1 offset $2`,
    [limit, (page - 1) * limit, ...page1.values],
  )

  // Then the count and everything the page shows beside the posts, in one statement.
  const ids = rows.map((row) => row.id)
  const files = rows.flatMap((row) => [row.cover_image_id, row.video_file_id, row.audio_file_id, row.meta_image_id]).filter((id) => id !== null)
  const units = rows.map((row) => row.unit_id).filter((id) => id !== null)
  const counted = filter(4)
  const {
    rows: [related],
  } = await pool.query(
    `with rels as (select parent_id, path, "order", cchc_media_id, cchc_topics_id, procedures_id from cchc_posts_rels where parent_id = any($1::int[]))
     select (select count(*) from cchc_posts p where ${counted.where}) as total_docs,
            (select coalesce(json_agg(r order by r.parent_id, r.path, r."order"), '[]') from rels r) as rels,
            (select coalesce(json_agg(m), '[]') from cchc_media m
              where (m.id = any($2::int[]) or m.id in (select cchc_media_id from rels)) and m.internal is not true) as media,
            (select coalesce(json_agg(t), '[]') from cchc_topics t where t.id in (select cchc_topics_id from rels)) as topics,
            (select coalesce(json_agg(u), '[]') from units u where u.id = any($3::int[]) and u.active = true) as units`,
    [ids, files, units, ...counted.values],
  )
  const totalDocs = Number(related.total_docs)
  const media = new Map<number, unknown>(related.media.map((row: any) => [row.id, mediaDoc(row, fileUrl)]))
  const topicDocs = new Map<number, unknown>(related.topics.map((row: any) => [row.id, topicDoc(row)]))
  const unitDocs = new Map<number, unknown>(related.units.map((row: any) => [row.id, unitDoc(row)]))
  // What the public may not read stays an id, as Payload leaves it.
  const populated = {
    media: (id: number | null) => (id === null ? null : (media.get(id) ?? id)),
    topic: (id: number) => topicDocs.get(id) ?? id,
    unit: (id: number | null) => (id === null ? null : (unitDocs.get(id) ?? id)),
  }
  const docs = rows.map((row) => postDoc(row, related.rels.filter((rel: any) => rel.parent_id === row.id), populated))
  return paginated(docs, totalDocs, limit, page)
}

/** GET /api/procedures/search?q=…: published procedures containing every folded word, by code, depth 0. */
const searchProcedures = async (query: URLSearchParams) => {
  known(query, ['q', 'limit', 'page'])
  const q = twinFold(query.get('q') ?? '')
  if (q.length < 2 || q.length > 200) throw new BadRequest('q is 2-200 characters')
  const limit = whole(query.get('limit'), 20, 100)
  const page = whole(query.get('page'), 1, 1000)
  // search_text is folded already: LIKE, not ILIKE.
  const words = q.split(' ').map(containsPattern)
  const where = (first: number) => [`p._status = 'published'`, ...words.map((_, i) => `p.search_text like $${first + i}`)].join(' and ')
  const { rows } = await pool.query(
    `select ${procedureColumns.map((c) => `p.${c}`).join(', ')} from procedures p where ${where(3)}
      order by p.code limit $1 offset $2`,
    [limit, (page - 1) * limit, ...words],
  )
  // The count and the page's arrays and joined posts in one statement.
  const ids = rows.map((row) => row.id)
  const {
    rows: [parts],
  } = await pool.query(
    `select (select count(*) from procedures p where ${where(2)}) as total_docs,
            (select coalesce(json_agg(a order by a._parent_id, a._order), '[]') from procedures_channels a where a._parent_id = any($1::int[])) as channels,
            (select coalesce(json_agg(a order by a._parent_id, a._order), '[]') from procedures_dossier a where a._parent_id = any($1::int[])) as dossier,
            (select coalesce(json_agg(a order by a._parent_id, a._order), '[]') from procedures_legal_basis a where a._parent_id = any($1::int[])) as legal_basis,
            (select coalesce(json_agg(a order by a._parent_id, a._order), '[]') from procedures_history a where a._parent_id = any($1::int[])) as history,
            (select coalesce(json_agg(r order by r.parent_id, r."order"), '[]') from procedures_rels r where r.parent_id = any($1::int[]) and r.path = 'lists') as lists,
            (select coalesce(json_agg(x order by x.procedure, x.n), '[]') from (
               select r.procedures_id as procedure, p.id, row_number() over (partition by r.procedures_id order by p.published_at desc) as n
                 from cchc_posts_rels r join cchc_posts p on p.id = r.parent_id
                where r.path = 'relatedProcedures' and r.procedures_id = any($1::int[]) and p._status = 'published') x
              where x.n <= 11) as related_posts`,
    [ids, ...words],
  )
  const totalDocs = Number(parts.total_docs)
  const of = (items: any[], id: number, key = '_parent_id') => items.filter((item) => item[key] === id)
  const docs = rows.map((row) =>
    procedureDoc(row, {
      channels: of(parts.channels, row.id),
      dossier: of(parts.dossier, row.id),
      legalBasis: of(parts.legal_basis, row.id),
      history: of(parts.history, row.id),
      lists: of(parts.lists, row.id, 'parent_id').map((rel) => rel.procedure_lists_id),
      relatedPosts: of(parts.related_posts, row.id, 'procedure').map((post) => post.id),
    }),
  )
  return paginated(docs, totalDocs, limit, page)
}

/**
 * The view beacon (POST /api/cchc-posts/:id/view) as the project counts it: once per visitor (a
 * keyed hash of address and user agent) a day, the mark, the daily figure and the post's counter
 * in one statement, published posts only; robots refused.
 */
const twinSecret = randomBytes(32)
const countView = async (id: number, request: http.IncomingMessage): Promise<{ status: number; body?: unknown }> => {
  const agent = String(request.headers['user-agent'] ?? '')
  if (!agent.trim() || /bot|crawl|spider|curl\/|python-/i.test(agent)) return { status: 403, body: { errors: [{ message: 'robot' }] } }
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
  const address = String(request.headers['x-forwarded-for'] ?? '').split(',').at(-1)!.trim() || 'unidentified'
  const visitor = createHmac('sha256', createHmac('sha256', twinSecret).update(day).digest()).update(`${address}\u0000${agent}`).digest('hex')
  const { rows } = await pool.query(
    `with target as (select id from cchc_posts where id = $1 and _status = 'published'),
     mark as (
       insert into cchc_visitor_marks (action, item_kind, item_id, day, visitor, updated_at, created_at)
       select 'view', 'post', id, $2, $3, now(), now() from target on conflict (action, item_kind, item_id, day, visitor) do nothing returning item_id
     ),
     daily as (
       insert into cchc_interest_days (item_kind, item_id, day, views, ratings, rating_total, score1, score2, score3, score4, score5, updated_at, created_at)
       select 'post', item_id, $2, 1, 0, 0, 0, 0, 0, 0, 0, now(), now() from mark
       on conflict (item_kind, item_id, day) do update set views = cchc_interest_days.views + 1, updated_at = now() returning views
     ),
     counted as (update cchc_posts set view_count = coalesce(view_count, 0) + 1 where id in (select item_id from mark) returning view_count)
     select (select count(*) from target)::integer as found, (select count(*) from mark)::integer as counted,
       coalesce((select view_count from counted), (select view_count from cchc_posts where id = $1)) as view_count`,
    [id, day, visitor],
  )
  const row = rows[0]!
  if (!row.found) return { status: 404, body: { errors: [{ message: 'Not Found' }] } }
  return { status: 200, body: { counted: row.counted > 0, viewCount: Number(row.view_count) } }
}

const send = (response: http.ServerResponse, status: number, body?: unknown) => {
  const text = body === undefined ? '' : JSON.stringify(body)
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) })
  response.end(text)
}

const server = http.createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://twin')
  try {
    if (request.method === 'GET' && url.pathname === '/api/cchc-posts') return send(response, 200, await listPosts(url.searchParams))
    if (request.method === 'GET' && url.pathname === '/api/procedures/search') return send(response, 200, await searchProcedures(url.searchParams))
    const view = /^\/api\/cchc-posts\/(\d+)\/view$/.exec(url.pathname)
    if (request.method === 'POST' && view) {
      const answer = await countView(Number(view[1]), request)
      return send(response, answer.status, answer.body)
    }
    // The feeds are not in the project yet: the twin's answer is written when their format is known.
    return send(response, 404, { errors: [{ message: `twin: no route for ${request.method} ${url.pathname}` }] })
  } catch (error) {
    if (error instanceof BadRequest) return send(response, 400, { errors: [{ message: error.message }] })
    console.error(error)
    return send(response, 500, { errors: [{ message: 'twin: internal error' }] })
  }
})
server.keepAliveTimeout = 65_000
server.listen(Number(process.env.PORT ?? 3999), '127.0.0.1')

const stop = () => server.close(() => void pool.end().then(() => process.exit(0)))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
