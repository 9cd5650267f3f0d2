import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { annexCsvOf, type ExportedItem } from '../../../lib/annexExport.ts'
import { dayInVietnam } from '../../../lib/vietnamTime.ts'

type StoredItem = Omit<ExportedItem, 'effectiveDay'> & { effectiveDate?: null | string }

/**
 * GET /api/procedure-announcements/:id/annex: the decision's items as its annex CSV, in the
 * columns the import reads, so an editor can download, edit and import it again. Read with the
 * caller's access (a decision they may not read is a 404).
 */
export const exportAnnexEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/:id/annex',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const id = req.routeParams?.id as string
    const decision = (await req.payload.findByID({ collection: options.slugs.announcements, id, depth: 0, overrideAccess: false, req })) as {
      number?: string
      items?: StoredItem[] | null
    }
    const items = decision.items ?? []
    const listIds = [...new Set(items.flatMap((item) => (item.data?.lists ?? []).map((list) => (typeof list === 'object' ? list.id : list))))]
    const lists = listIds.length
      ? await req.payload.find({ collection: options.slugs.procedureLists, depth: 0, pagination: false, overrideAccess: false, req, where: { id: { in: listIds } } })
      : { docs: [] }
    const names = new Map(lists.docs.map((doc) => [String(doc.id), String((doc as { name?: string }).name ?? '')]))
    const csv = annexCsvOf(
      items.map(({ effectiveDate, ...item }) => ({ ...item, effectiveDay: effectiveDate ? dayInVietnam(effectiveDate, options.reporting.timeZone) : null })),
      (list) => names.get(String(list)),
    )
    const file = `phu-luc-${String(decision.number ?? id).replace(/[^\p{L}\p{N}]+/gu, '-')}.csv`
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="phu-luc.csv"; filename*=UTF-8''${encodeURIComponent(file)}`,
      },
    })
  },
})
