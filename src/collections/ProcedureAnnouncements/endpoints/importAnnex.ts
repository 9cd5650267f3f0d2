import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, APIError, ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { known, loadProcedures } from '../../../services/applyAnnouncement.ts'
import { codesOf, planAnnouncement } from '../../../lib/announcementPlan.ts'
import { isAllowedLink } from '../../../lib/allowedLink.ts'
import { annexColumns, maxAnnexRows, parseAnnexCsv } from '../../../lib/annexCsv.ts'
import { procedureMessages } from '../../../translations/procedureMessages.ts'

type RowError = { row: number; column?: string; message: string }

/** An annex of a thousand procedures is some 300 KB; a file far larger is not an annex. */
const maxAnnexBytes = 5 * 1024 * 1024

const rejected = (errors: RowError[]) =>
  Response.json({ message: procedureMessages.importRejected(errors.length), errors }, { status: 400 })

/** The CSV's bytes: a multipart upload (field `file`) or a `text/csv` body. */
const readCsv = async (req: PayloadRequest): Promise<Uint8Array | null> => {
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
 * POST /api/procedure-announcements/:id/import (CSV as multipart `file` or a text/csv body;
 * `?mode=append` keeps the items already there): fills an unpublished decision's items from its
 * annex. Every row is checked, including that the procedures it names exist; one wrong row and
 * nothing is imported, with every error given by row and column. Written with the caller's access.
 */
export const importAnnexEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/:id/import',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) throw new APIError('Cần đăng nhập. / You must be logged in.', 401, null, true)
    const id = req.routeParams?.id as string
    const collection = options.slugs.announcements as never
    // Read with the caller's access: someone who may not see the decision gets a 404.
    const announcement = (await req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, req })) as unknown as {
      _status?: string
      items?: unknown[]
    }
    if (announcement._status === 'published') throw new APIError(procedureMessages.importIntoDraftOnly, 400, null, true)

    const bytes = await readCsv(req)
    if (!bytes) return rejected([{ row: 0, message: procedureMessages.importFileMissing }])
    if (bytes.length > maxAnnexBytes) return rejected([{ row: 0, message: procedureMessages.importTooLarge(maxAnnexBytes) }])
    const parsed = parseAnnexCsv(bytes)
    if (!parsed.ok) return rejected(parsed.errors)
    const hostErrors = parsed.items.flatMap((item, index) =>
      item.data?.portalUrl && !isAllowedLink(item.data.portalUrl, options.procedurePortalHosts)
        ? [{ row: parsed.rows[index]!, column: parsed.headers.portalUrl, message: procedureMessages.portalHost(options.procedurePortalHosts) }]
        : [],
    )
    if (hostErrors.length > 0) return rejected(hostErrors)

    // The procedures the rows name must exist, and be in force, unless the annex creates them.
    const plan = planAnnouncement({
      items: parsed.items,
      known: known(await loadProcedures(req, options, codesOf(parsed.items))),
      applied: new Set(),
      // Dates are the decision's business; the import checks what the rows say.
      effectiveDate: '0000-01-01',
      today: '9999-12-31',
    })
    // The column as the file names it, else its documented Vietnamese header (`data.channels.1` is "channels").
    const headerOf = (path: string) => {
      const key = path.split('.').findLast((segment) => !/^\d+$/.test(segment)) as keyof typeof parsed.headers
      return parsed.headers[key] ?? annexColumns.find((candidate) => candidate.key === key)?.vi ?? key
    }
    if (plan.errors.length > 0) {
      return rejected(plan.errors.map((error) => ({ row: parsed.rows[error.index]!, column: headerOf(error.path), message: error.message })))
    }

    const mode = req.query?.mode === 'append' ? 'append' : 'replace'
    const kept = mode === 'append' ? (announcement.items ?? []) : []
    const items = [...kept, ...parsed.items]
    if (items.length > maxAnnexRows) {
      return rejected([{ row: 0, message: procedureMessages.importTooManyItems(kept.length, parsed.items.length, maxAnnexRows) }])
    }
    try {
      const doc = await req.payload.update({ collection, id, data: { items, _status: 'draft' } as never, depth: 0, overrideAccess: false, req })
      return Response.json({ message: `Đã nhập ${parsed.items.length} mục. / Imported ${parsed.items.length} items.`, imported: parsed.items.length, doc })
    } catch (error) {
      // A cell the decision's fields refuse (a NUL byte, too long) is reported by its row and column.
      const errors = error instanceof ValidationError ? (error.data.errors as { path: string; message: string }[]) : []
      const inFile = errors.flatMap(({ path, message }) => {
        const index = Number(/^items\.(\d+)\./.exec(path)?.[1] ?? Number.NaN) - kept.length
        const row = parsed.rows[index]
        return row === undefined ? [] : [{ row, column: headerOf(path.replace(/^items\.\d+\./, '')), message }]
      })
      if (inFile.length === 0 || inFile.length !== errors.length) throw error
      return rejected(inFile)
    }
  },
})
