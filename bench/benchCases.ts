import type { SeededData } from './seedAtScale.ts'

/**
 * The public reads the bench measures. Each case rotates through its paths (autocannon sends them
 * in turn on every connection). A case whose endpoint the project does not have yet (`probe`) is
 * skipped with its reason until the project answers it; `twin: false` runs the project alone.
 */
export type BenchCase = {
  key: string
  name: string
  method: 'GET' | 'POST'
  paths: (seeded: SeededData) => string[]
  /** `json`: the twin must answer the same JSON; `status`: the same status (a write with no body to compare). */
  compare: 'json' | 'status'
  twin: boolean
  /** Run only when the project answers the first path with something else than 404/405, and why. */
  probe?: string
  /** Headers of each request, made anew for every one (a view beacon comes from a distinct visitor). */
  headers?: () => Record<string, string>
}

let visitor = 0
/** A browser at a new address each time (198.18.0.0/15 is kept for benchmarks): every view counts. */
const newVisitor = () => {
  const n = visitor++
  return {
    'X-Forwarded-For': `198.${18 + (Math.floor(n / 65536) % 2)}.${Math.floor(n / 256) % 256}.${n % 256}`,
    'User-Agent': `Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36 bench/${Math.floor(n / 131072)}`,
  }
}

/** Up to `count` items spread evenly over the list, so that not only the newest are read. */
const spread = <T>(items: T[], count: number): T[] =>
  items.length <= count ? items : Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!)

/** The column's RSS feed (issue 12). */
export const feedPath = '/api/cchc/feeds/posts.xml'

export const benchCases: BenchCase[] = [
  {
    key: 'topic',
    name: 'topic page, 12 posts, depth 1',
    method: 'GET',
    paths: ({ topicIds }) => topicIds.map((id) => `/api/cchc-posts?where[topics][in]=${id}&sort=-publishedAt&limit=12&depth=1`),
    compare: 'json',
    twin: true,
  },
  {
    key: 'slug',
    name: 'post by slug, depth 1',
    method: 'GET',
    paths: ({ publishedSlugs }) => spread(publishedSlugs, 50).map((slug) => `/api/cchc-posts?where[slug][equals]=${encodeURIComponent(slug)}&depth=1`),
    compare: 'json',
    twin: true,
  },
  {
    key: 'search',
    name: 'procedure search "dang ky"',
    method: 'GET',
    paths: () => ['/api/procedures/search?q=dang%20ky'],
    compare: 'json',
    twin: true,
  },
  {
    key: 'feed',
    name: 'feed of the column (RSS)',
    method: 'GET',
    paths: () => [feedPath],
    compare: 'json',
    twin: false,
    probe: 'the feed is not in the project yet (issue 12, item 4)',
  },
  {
    key: 'view',
    name: 'view beacon',
    method: 'POST',
    paths: ({ publishedPostIds }) => spread(publishedPostIds, 50).map((id) => `/api/cchc-posts/${id}/view`),
    compare: 'status',
    twin: true,
    probe: 'the view beacon is not in the project yet',
    headers: newVisitor,
  },
]
