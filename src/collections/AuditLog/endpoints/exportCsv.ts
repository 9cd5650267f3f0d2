import type { Endpoint, PayloadRequest, Where } from 'payload'

import { tz } from '@date-fns/tz'
import { format } from 'date-fns'

import type { ResolvedOptions } from '../../../options.ts'

import { type AuditAction, auditActionLabels } from '../../../lib/auditActions.ts'
import { spreadsheetCsv } from '../../../lib/spreadsheetCsv.ts'
import { nowOf } from '../../../requestContext.ts'

/** The most rows one export holds (newest first); narrow `where` by date for more. */
const auditCsvRowLimit = 10_000

type Entry = {
  createdAt?: string
  action?: AuditAction
  collection?: null | string
  documentId?: null | string
  documentTitle?: null | string
  userId?: null | string
  userName?: null | string
  unitName?: null | string
  changedFields?: null | string[]
  details?: unknown
}

/**
 * GET /api/cchc-audit-log/export?where[…]=…: the entries the caller may read (administrators all,
 * editors those about content), filtered like the REST list, as a CSV for Excel.
 */
export const auditLogCsvEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/export',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const found = await req.payload.find({
      collection: options.slugs.auditLog,
      where: (req.query?.where as Where | undefined) ?? undefined,
      sort: '-createdAt',
      limit: auditCsvRowLimit,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const labelOf = (slug: null | string | undefined) => {
      const label = slug ? req.payload.collections[slug]?.config.labels?.plural : undefined
      return typeof label === 'object' && label && 'vi' in label ? String(label.vi) : (slug ?? '')
    }
    const local = (date: string) => format(new Date(date), 'dd/MM/yyyy HH:mm:ss', { in: tz(options.reporting.timeZone) })
    const rows = (found.docs as Entry[]).map((entry) => [
      entry.createdAt ? local(entry.createdAt) : '',
      entry.action ? (auditActionLabels[entry.action]?.vi ?? entry.action) : '',
      entry.userName ?? 'Hệ thống',
      entry.userId ?? '',
      entry.unitName ?? '',
      labelOf(entry.collection),
      entry.documentId ?? '',
      entry.documentTitle ?? '',
      (entry.changedFields ?? []).join(', '),
      entry.details ? JSON.stringify(entry.details) : '',
    ])
    const header = ['Thời điểm', 'Thao tác', 'Người thực hiện', 'Mã người dùng', 'Đơn vị', 'Loại dữ liệu', 'Mã tài liệu', 'Tài liệu', 'Trường thay đổi', 'Chi tiết']
    return new Response(spreadsheetCsv(header, rows), {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="nhat-ky-thao-tac-${format(nowOf(req.context), 'yyyyMMdd-HHmm', { in: tz(options.reporting.timeZone) })}.csv"`,
      },
    })
  },
})
