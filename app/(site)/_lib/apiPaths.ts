/**
 * Every path of the public API the site reads, in one place: a path that moves (issue 10 moves the
 * series to `/api/procedure-results/series`) is a one-line change here.
 */
export const apiPaths = {
  posts: '/api/cchc-posts',
  topics: '/api/cchc-topics',
  procedures: '/api/procedures',
  procedureSearch: '/api/procedures/search',
  procedureChanges: '/api/procedures/changes',
  procedureResultsSeries: '/api/procedure-results/series',
  /** POST `{ score, comment? }`, GET the summary: the satisfaction rating of a post, a procedure, the one-stop service. */
  postRating: (id: number | string) => `/api/cchc-posts/${encodeURIComponent(String(id))}/rating`,
  procedureRating: (id: number | string) => `/api/procedures/${encodeURIComponent(String(id))}/rating`,
  serviceRating: '/api/cchc/service-rating',
  /** POST: one view of a published post. */
  postView: (id: number | string) => `/api/cchc-posts/${encodeURIComponent(String(id))}/view`,
  /** POST a citizen's feedback; GET the published answers. */
  feedback: '/api/cchc-feedback',
  feedbackTrack: (code: string) => `/api/cchc-feedback/track/${encodeURIComponent(code)}`,
  /** The commune radio's programmes (the public reads aired ones) and a programme's M3U8 playlist. */
  broadcastSchedules: '/api/broadcast-schedules',
  programmePlaylist: (id: number | string) => `/api/broadcast-schedules/${encodeURIComponent(String(id))}/playlist.m3u8`,
  /** The column's documents, the document search (documents and procedure decisions in one list), a document's "căn cứ" chain. */
  documents: '/api/cchc-documents',
  documentSearch: '/api/cchc-documents/search',
  documentChain: (id: number | string) => `/api/cchc-documents/${encodeURIComponent(String(id))}/chain`,
  media: '/api/cchc-media',
  /** Feeds and the sitemap, served by the API. */
  feed: (name: 'posts' | 'procedures' | 'documents', format: 'xml' | 'atom' | 'json') => `/api/cchc/feeds/${name}.${format}`,
  sitemap: '/api/cchc/sitemap.xml',
} as const
