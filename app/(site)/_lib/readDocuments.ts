import type { CchcDocument, DocumentChain, DocumentEntry, Id, Media, Paginated } from './apiTypes.ts'

import { ApiError, readApi } from './apiClient.ts'
import { apiPaths } from './apiPaths.ts'
import { mediaFields } from './readPosts.ts'

/** A page of the document search: the column's documents and the procedure decisions, newest first. */
export const searchDocuments = (query: Record<string, string | number>) => readApi<Paginated<DocumentEntry>>(apiPaths.documentSearch, query)

/** The signed PDFs of a page of documents, in one read, by id (the public reads published documents' files only). */
export const readFiles = async (ids: Id[]): Promise<Map<string, Media>> => {
  const unique = [...new Set(ids.map(String))]
  if (unique.length === 0) return new Map()
  const found = await readApi<Paginated<Media>>(apiPaths.media, {
    where: { id: { in: unique } },
    limit: unique.length,
    depth: 0,
    select: { url: true, filename: true, mimeType: true, filesize: true },
  })
  return new Map(found.docs.map((media) => [String(media.id), media]))
}

/** A published document with its files, posts and procedures, or null when the public may not see one by that id. */
export const readDocument = async (id: string): Promise<CchcDocument | null> => {
  if (!/^[1-9]\d{0,9}$/.test(id)) return null
  try {
    return await readApi<CchcDocument>(`${apiPaths.documents}/${id}`, {
      depth: 1,
      populate: {
        'cchc-media': mediaFields,
        'cchc-posts': { title: true, slug: true },
        procedures: { code: true, name: true, sector: true, onlineLevel: true, status: true },
      },
    })
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

export const readDocumentChain = (id: Id) => readApi<DocumentChain>(apiPaths.documentChain(id))
