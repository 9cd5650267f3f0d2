/**
 * The shapes of the public API's answers, as much of them as the pages read. Anonymous readers
 * get published documents only; fields for staff (authors, review notes) never arrive.
 */

export type Id = number | string

export type Paginated<T> = {
  docs: T[]
  totalDocs: number
  totalPages: number
  page: number
  limit: number
  hasNextPage: boolean
  hasPrevPage: boolean
}

export type ImageSize = { url?: string | null; width?: number | null; height?: number | null; mimeType?: string | null }

/** A file of `cchc-media`: an image with its WebP sizes, a video, an audio file or a PDF. */
export type Media = {
  id: Id
  url?: string | null
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  alt?: string | null
  caption?: string | null
  credit?: string | null
  sizes?: { mobile?: ImageSize; tablet?: ImageSize; desktop?: ImageSize } | null
}

export type Topic = { id: Id; name: string; slug: string; description?: string | null; order?: number | null }

export type Unit = { id: Id; code: string; name: string; shortName?: string | null }

export type PostFormat = 'article' | 'photo' | 'video' | 'audio'

/** A relationship as the API gives it: the document when populated, its id when not (or not readable). */
export type Related<T> = T | Id | null | undefined

export type Post = {
  id: Id
  title: string
  slug: string
  excerpt?: string | null
  format: PostFormat
  coverImage?: Related<Media>
  content?: unknown
  gallery?: Related<Media>[] | null
  videoFile?: Related<Media>
  videoUrl?: string | null
  audioFile?: Related<Media>
  transcript?: string | null
  topics?: Related<Topic>[] | null
  relatedProcedures?: Related<ProcedureSummary>[] | null
  unit?: Related<Unit>
  byline?: string | null
  featured?: boolean | null
  publishedAt?: string | null
  updatedAt?: string | null
}

export type ProcedureStatus = 'active' | 'amended' | 'repealed'
export type OnlineLevel = 'toan_trinh' | 'mot_phan'
export type ChannelKind = 'in_person' | 'online' | 'postal'
export type ItemKind = 'new' | 'amended' | 'replaced' | 'repealed'

export type ProcedureSummary = {
  id: Id
  code: string
  name: string
  sector?: string | null
  onlineLevel?: OnlineLevel | null
  status?: ProcedureStatus | null
}

export type Announcement = { id: Id; number: string; signedAt?: string | null; summary?: string | null; signedPdf?: Related<Media> }

export type Procedure = ProcedureSummary & {
  fullCode?: string | null
  level?: 'commune' | 'district' | 'province' | 'central' | null
  agency?: string | null
  partialReason?: string | null
  requirements?: string | null
  result?: string | null
  portalUrl?: string | null
  applicants?: string | null
  steps?: string | null
  channels?: { id?: string; kind: ChannelKind; processingTime?: string | null; fees?: string | null }[] | null
  dossier?: { id?: string; name: string; originals?: number | null; copies?: number | null; form?: Related<Media> }[] | null
  legalBasis?: { id?: string; number: string; date?: string | null; title?: string | null; issuer?: string | null }[] | null
  replacedBy?: Related<ProcedureSummary>
  history?:
    | {
        id?: string
        kind: ItemKind
        effectiveDate?: string | null
        announcement?: Related<Announcement>
        changes?: string | null
        relatedCode?: string | null
      }[]
    | null
  relatedPosts?: { docs?: Related<Post>[] | null } | null
}

/** GET /api/procedures/changes */
export type ProcedureChanges = {
  from: string
  to: string
  totalChanges: number
  changes: {
    procedure: Id
    code: string
    name: string
    sector: string | null
    status: ProcedureStatus
    kind: ItemKind
    /** yyyy-mm-dd, a day in Vietnam */
    effectiveDate: string
    changes: string | null
    relatedCode: string | null
    announcement: { id: Id; number: string; summary?: string | null; signedAt?: string | null } | null
  }[]
}

/** The figures of one period, with the rates the server derives (0..1, null when nothing to divide by). */
export type PeriodFigures = {
  carriedOver: number | null
  received: number | null
  receivedOnline: number | null
  resolvedBeforeDeadline: number | null
  resolvedOnTime: number | null
  resolvedLate: number | null
  inProgressWithinDeadline: number | null
  inProgressOverdue: number | null
  withFee: number | null
  paidOnline: number | null
  digitised: number | null
  receivedInPerson: number
  resolved: number
  inProgress: number
  onTimeRate: number | null
  onlineShare: number | null
  onlinePaymentShare: number | null
  digitisedShare: number | null
}

/** GET /api/procedure-results/series */
export type ResultsSeries = {
  unit: { code: string; name: string; shortName?: string | null }
  periodKind: string
  sector: string | null
  periods: {
    key: string
    label: string
    year: number
    periodNumber: number | null
    start: string
    end: string
    figures: PeriodFigures | null
  }[]
}

/** One line of GET /api/cchc-documents/search: a document of the column or a procedure announcement decision. */
export type DocumentEntry = {
  source: 'cchc-documents' | 'procedure-announcements'
  id: Id
  number: string | null
  kind: string
  issuer: string | null
  signer: string | null
  issuedAt: string | null
  effectiveDate: string | null
  summary: string
  signedPdf: Id | null
}

/** GET /api/cchc-documents/:id/chain: what a document is based on (căn cứ) and what is based on it. */
export type DocumentChain = {
  document: DocumentEntry
  basedOn: { number: string; title: string | null; document: DocumentEntry | null }[]
  basisOf: DocumentEntry[]
  totalBasisOf: number
}

/** A document of the column as its page reads it. */
export type CchcDocument = {
  id: Id
  number?: string | null
  kind: string
  issuerName?: string | null
  signer?: string | null
  issuedAt?: string | null
  effectiveDate?: string | null
  summary: string
  signedPdf?: Related<Media>
  attachments?: Related<Media>[] | null
  relatedPosts?: Related<Post>[] | null
  relatedProcedures?: Related<ProcedureSummary>[] | null
  updatedAt?: string | null
}
