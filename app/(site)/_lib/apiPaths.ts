/**
 * Every path of the public API the site reads, in one place: a path that moves (issue 10 moves the
 * series to `/api/procedure-results/series`) is a one-line change here. The parts that land later
 * (ratings, feedback, feeds, the radio programme) add their paths here too.
 */
export const apiPaths = {
  posts: '/api/cchc-posts',
  topics: '/api/cchc-topics',
  procedures: '/api/procedures',
  procedureSearch: '/api/procedures/search',
  procedureChanges: '/api/procedures/changes',
  procedureResultsSeries: '/api/procedure-results/series',
} as const
