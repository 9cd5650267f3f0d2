/**
 * The figures of a unit's report that the CMS already knows (posts published by format, views,
 * announcements, radio items and minutes aired), each beside the number the unit may type instead.
 */
export const reportFigureNames = ['articles', 'photoStories', 'videos', 'audios', 'postsTotal', 'views', 'announcements', 'radioItems', 'radioMinutes'] as const
export type ReportFigureName = (typeof reportFigureNames)[number]
export type ReportFigures = Record<ReportFigureName, number | null>

/** Post formats of the column, by the figure that counts them. */
const figureOfFormat: Record<string, ReportFigureName> = {
  article: 'articles',
  photo: 'photoStories',
  video: 'videos',
  audio: 'audios',
}

/** Counts published posts by format (their views in the period come from the interest statistics). */
export const tallyPosts = (posts: readonly { format?: unknown }[]) => {
  const figures = { articles: 0, photoStories: 0, videos: 0, audios: 0, postsTotal: posts.length }
  for (const post of posts) {
    const name = figureOfFormat[String(post.format)]
    if (name && name in figures) figures[name as keyof typeof figures]++
  }
  return figures
}

/** The override's name beside each figure. */
export const overrideName = (name: ReportFigureName) => `${name}Override` as const
