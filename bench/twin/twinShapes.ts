/**
 * Rows as the project's REST API writes them: Payload's field order, camelCase names, ISO dates,
 * relationships as ids, and populated documents with only the fields the public may read.
 */
type Row = Record<string, any>

/** A date from `pg` (Date) or from row_to_json (ISO text with an offset), as Payload writes it. */
export const isoDate = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(value as string).toISOString())

const number = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value))

export const paginated = <T>(docs: T[], totalDocs: number, limit: number, page: number) => {
  const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
  const hasNextPage = page < totalPages
  const hasPrevPage = page > 1
  return {
    docs,
    hasNextPage,
    hasPrevPage,
    limit,
    nextPage: hasNextPage ? page + 1 : null,
    page,
    pagingCounter: (page - 1) * limit + 1,
    prevPage: hasPrevPage ? page - 1 : null,
    totalDocs,
    totalPages,
  }
}

const imageSizes = ['mobile', 'tablet', 'desktop'] as const

/** A media document populated in a post (its `defaultPopulate`); `fileUrl` is the server's `/api/cchc-media/file/`. */
export const mediaDoc = (row: Row, fileUrl: string) => {
  const url = (filename: string | null) => (filename ? `${fileUrl}${encodeURIComponent(filename)}` : null)
  const sizes = Object.fromEntries(
    imageSizes.map((size) => [
      size,
      {
        url: url(row[`sizes_${size}_filename`]),
        width: number(row[`sizes_${size}_width`]),
        height: number(row[`sizes_${size}_height`]),
        mimeType: row[`sizes_${size}_mime_type`] ?? null,
        filesize: number(row[`sizes_${size}_filesize`]),
        filename: row[`sizes_${size}_filename`] ?? null,
      },
    ]),
  )
  return {
    id: row.id,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    // Seconds of an audio or video file, read on upload (null for the rest).
    duration: number(row.duration),
    updatedAt: isoDate(row.updated_at),
    url: url(row.filename),
    // The admin thumbnail is the mobile size.
    thumbnailURL: sizes.mobile!.url,
    filename: row.filename,
    mimeType: row.mime_type,
    filesize: number(row.filesize),
    width: number(row.width),
    height: number(row.height),
    focalX: number(row.focal_x),
    focalY: number(row.focal_y),
    sizes,
  }
}

/** A topic populated in a post (its `defaultPopulate`). */
export const topicDoc = (row: Row) => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  updatedAt: isoDate(row.updated_at),
})

/** A unit populated in a post, as the public reads it: its kind, rights and state are for signed-in users. */
export const unitDoc = (row: Row) => ({
  id: row.id,
  code: row.code,
  name: row.name,
  shortName: row.short_name,
  updatedAt: isoDate(row.updated_at),
})

/** The public columns of a post, in the order of its fields (author, authorName and reviewNote are for staff). */
export const postColumns = [
  'id', 'title', 'slug', 'excerpt', 'format', 'cover_image_id', 'content', 'video_file_id', 'video_url', 'audio_file_id', 'transcript',
  'unit_id', 'byline', 'featured', 'workflow_state', 'published_at', 'search_text', 'view_count', 'rating_count', 'rating_total',
  'meta_title', 'meta_description', 'meta_image_id', 'updated_at', 'created_at', '_status',
]

export type Populated = {
  media: (id: number | null) => unknown
  topic: (id: number) => unknown
  unit: (id: number | null) => unknown
}

export const postDoc = (row: Row, rels: Row[], populated: Populated) => {
  const related = (path: string) => rels.filter((rel) => rel.path === path)
  if (related('relatedProcedures').length > 0) throw new Error('twin: posts with related procedures are not written yet')
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    excerpt: row.excerpt,
    format: row.format,
    coverImage: populated.media(row.cover_image_id),
    content: row.content,
    gallery: related('gallery').map((rel) => populated.media(rel.cchc_media_id)),
    videoFile: populated.media(row.video_file_id),
    videoUrl: row.video_url,
    audioFile: populated.media(row.audio_file_id),
    transcript: row.transcript,
    topics: related('topics').map((rel) => populated.topic(rel.cchc_topics_id)),
    relatedProcedures: [],
    unit: populated.unit(row.unit_id),
    byline: row.byline,
    featured: row.featured,
    workflowState: row.workflow_state,
    publishedAt: isoDate(row.published_at),
    searchText: row.search_text,
    viewCount: number(row.view_count),
    ratingCount: number(row.rating_count),
    ratingTotal: number(row.rating_total),
    meta: { title: row.meta_title, description: row.meta_description, image: populated.media(row.meta_image_id) },
    updatedAt: isoDate(row.updated_at),
    createdAt: isoDate(row.created_at),
    _status: row._status,
  }
}

/** The columns of a procedure the public reads at depth 0, in the order of its fields. */
export const procedureColumns = [
  'id', 'code', 'full_code', 'name', 'sector', 'level', 'agency', 'online_level', 'partial_reason', 'applicants', 'steps', 'requirements',
  'result', 'non_territorial', 'interlinked', 'portal_url', 'status', 'replaced_by_id', 'unit_id', 'search_text', 'sector_key', 'view_count', 'rating_count', 'rating_total',
  'updated_at', 'created_at', '_status',
]

export type ProcedureParts = {
  channels: Row[]
  dossier: Row[]
  legalBasis: Row[]
  history: Row[]
  /** The procedure lists it belongs to (ids, in their order). */
  lists: number[]
  /** Published posts that name it, newest first, one more than the join's page of 10. */
  relatedPosts: number[]
}

export const procedureDoc = (row: Row, parts: ProcedureParts) => ({
  id: row.id,
  code: row.code,
  fullCode: row.full_code,
  name: row.name,
  sector: row.sector,
  level: row.level,
  agency: row.agency,
  onlineLevel: row.online_level,
  partialReason: row.partial_reason,
  applicants: row.applicants,
  steps: row.steps,
  requirements: row.requirements,
  result: row.result,
  nonTerritorial: row.non_territorial,
  interlinked: row.interlinked,
  lists: parts.lists,
  portalUrl: row.portal_url,
  channels: parts.channels.map((item) => ({ id: item.id, kind: item.kind, processingTime: item.processing_time, fees: item.fees })),
  dossier: parts.dossier.map((item) => ({ id: item.id, name: item.name, originals: number(item.originals), copies: number(item.copies), form: item.form_id })),
  legalBasis: parts.legalBasis.map((item) => ({ id: item.id, number: item.number, date: isoDate(item.date), title: item.title, issuer: item.issuer })),
  status: row.status,
  replacedBy: row.replaced_by_id,
  unit: row.unit_id,
  history: parts.history.map((item) => ({
    id: item.id,
    kind: item.kind,
    effectiveDate: isoDate(item.effective_date),
    announcement: item.announcement_id,
    changes: item.changes,
    changedFields: item.changed_fields,
    relatedCode: item.related_code,
    itemId: item.item_id,
    appliedAt: isoDate(item.applied_at),
  })),
  relatedPosts: { docs: parts.relatedPosts.slice(0, 10), hasNextPage: parts.relatedPosts.length > 10 },
  searchText: row.search_text,
  sectorKey: row.sector_key,
  viewCount: number(row.view_count),
  ratingCount: number(row.rating_count),
  ratingTotal: number(row.rating_total),
  updatedAt: isoDate(row.updated_at),
  createdAt: isoDate(row.created_at),
  _status: row._status,
})
