import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, APIError, UnauthorizedError, ValidationError } from 'payload'

import { type AnnouncementItem, notOnline } from '../../../lib/procedure.ts'
import type { ResolvedOptions } from '../../../options.ts'

import { type AnnexError, annexErrors, type AnnexResult, maxAnnexRows, parseAnnexCsv, placeInFile } from '../../../lib/annexCsv.ts'
import { foldVietnamese } from '../../../lib/foldVietnamese.ts'
import { checkItems, codesOf } from '../../../lib/announcementPlan.ts'
import { InvalidParameters } from '../../../requestParameters.ts'
import { known, loadProcedures } from '../../../services/applyAnnouncement.ts'
import { annexProblemMessage } from '../../../translations/annexProblems.ts'
import { t } from '../../../translations/translate.ts'

/** An annex of a thousand procedures is some 300 KB; a file far larger is not an annex. */
const maxAnnexBytes = 5 * 1024 * 1024

/**
 * A file that imports nothing: a 400 saying how many errors it has, each one in `data.errors` with
 * the form field it came in (`file`), its spreadsheet row and the column as the file names it.
 */
const rejected = (req: PayloadRequest, errors: { row: number; column?: string; message: string }[]) =>
  new InvalidParameters(
    errors.map((error) => ({ path: 'file', ...error })),
    t(req, 'importRejected', { count: errors.length }),
  )

const fileErrors = (req: PayloadRequest, errors: AnnexError[]) =>
  rejected(
    req,
    errors.map(({ row, column, problem }) => ({ row, ...(column === undefined ? {} : { column }), message: annexProblemMessage(req, problem) })),
  )

/** The CSV's bytes: a multipart upload (field `file`) or a `text/csv` body. */
export const readCsv = async (req: PayloadRequest): Promise<Uint8Array | null> => {
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    await addDataAndFileToRequest(req)
    return req.file?.data ? new Uint8Array(req.file.data) : null
  }
  if (!req.arrayBuffer) return null
  const bytes = new Uint8Array(await req.arrayBuffer())
  return bytes.length > 0 ? bytes : null
}

/**
 * The lists the file names, by name (case and diacritics aside), as ids on each item's data; a
 * name no list has is an error at its row and column.
 */
const withListIds = async (req: PayloadRequest, options: ResolvedOptions, parsed: AnnexResult): Promise<{ items: AnnouncementItem[]; errors: AnnexError[] }> => {
  const named = parsed.items.some((item) => item.listNames?.length)
  const errors: AnnexError[] = []
  if (!named) return { items: parsed.items.map(({ listNames: _names, ...item }) => item), errors }
  const lists = await req.payload.find({ collection: options.slugs.procedureLists, depth: 0, pagination: false, overrideAccess: true, req, select: { name: true } })
  const idByName = new Map(lists.docs.map((doc) => [foldVietnamese(String((doc as { name?: string }).name ?? '')), doc.id]))
  const items = parsed.items.map(({ listNames, ...item }, index) => {
    if (!listNames?.length) return item
    const ids: (number | string)[] = []
    for (const name of listNames) {
      const id = idByName.get(foldVietnamese(name))
      if (id === undefined) errors.push({ ...placeInFile(parsed, index, 'lists')!, problem: { reason: 'unknownList', name } })
      else ids.push(id)
    }
    return { ...item, data: { ...item.data, lists: ids } }
  })
  return { items, errors }
}

/**
 * POST /api/procedure-announcements/:id/import (CSV as multipart `file` or a text/csv body;
 * `?mode=append` keeps the items already there): fills an unpublished decision's items from its
 * annex. Every row is read and the decision's rules checked on its items, the procedures they name
 * included; one wrong row and nothing is imported, with every error given by row and column.
 * Written with the caller's access.
 */
export const importAnnexEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/:id/import',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw new UnauthorizedError(req.t)
    const id = req.routeParams?.id as string
    const collection = options.slugs.announcements
    // Read with the caller's access: someone who may not see the decision gets a 404.
    const announcement = (await req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, req })) as {
      _status?: string
      items?: unknown[]
    }
    if (announcement._status === 'published') throw new APIError(t(req, 'importIntoDraftOnly'), 400, null, true)

    const bytes = await readCsv(req)
    if (!bytes) throw rejected(req, [{ row: 0, message: t(req, 'importFileMissing') }])
    if (bytes.length > maxAnnexBytes) throw rejected(req, [{ row: 0, message: t(req, 'importTooLarge', { megabytes: maxAnnexBytes / 1024 / 1024 }) }])
    const parsed = parseAnnexCsv(bytes)
    // The decision's own rules, on the rows that read: the procedures they name must exist and be in force, unless the annex creates them.
    const checked = checkItems({ items: parsed.items, known: known(await loadProcedures(req, options, codesOf(parsed.items), { lean: true })), applied: new Set() })
    const named = await withListIds(req, options, parsed)
    const errors = annexErrors({ ...parsed, errors: [...parsed.errors, ...named.errors] }, checked.errors)
    if (errors.length > 0) throw fileErrors(req, errors)

    const mode = req.query?.mode === 'append' ? 'append' : 'replace'
    const kept = mode === 'append' ? (announcement.items ?? []) : []
    // "Không" in the level column: stored as the item's own option, so that it says "no longer online".
    const items = [
      ...kept,
      ...named.items.map((item) => (item.data?.onlineLevel === null ? { ...item, data: { ...item.data, onlineLevel: notOnline } } : item)),
    ]
    if (items.length > maxAnnexRows) {
      throw rejected(req, [{ row: 0, message: t(req, 'importTooManyItems', { kept: kept.length, imported: parsed.items.length, max: maxAnnexRows }) }])
    }
    try {
      const doc = await req.payload.update({ collection, id, data: { items, _status: 'draft' }, depth: 0, overrideAccess: false, req })
      return Response.json({ message: t(req, 'imported', { count: parsed.items.length }), imported: parsed.items.length, doc })
    } catch (error) {
      // A cell the decision's fields refuse (a link off the allowed hosts, a NUL byte, too long) is reported by its row and column.
      const refused = error instanceof ValidationError ? (error.data.errors as { path: string; message: string }[]) : []
      const inFile = refused.flatMap(({ path, message }) => {
        const place = placeInFile(parsed, Number(/^items\.(\d+)\./.exec(path)?.[1] ?? Number.NaN) - kept.length, path)
        return place ? [{ ...place, message }] : []
      })
      if (inFile.length === 0 || inFile.length !== refused.length) throw error
      throw rejected(req, inFile)
    }
  },
})
