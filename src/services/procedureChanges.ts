import type { PayloadRequest } from 'payload'

import { addDays, format, isValid, parseISO, subDays } from 'date-fns'
import { z } from 'zod'

import type { ResolvedOptions } from '../options.ts'

import { itemKinds } from '../lib/procedure.ts'
import { dayInVietnam, startOfVietnamDay } from '../lib/vietnamTime.ts'
import { nowOf } from '../requestContext.ts'

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd')
  .refine((value) => isValid(parseISO(value)), 'not a date')

export const procedureChangesQuery = z
  .object({
    from: day.optional(),
    to: day.optional(),
    kind: z.enum(itemKinds).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { message: 'from after to', path: ['from'] })


type HistoryRow = {
  id?: string
  kind: string
  effectiveDate?: string
  changes?: string
  relatedCode?: string
  announcement?: number | string | null
}


/**
 * Every change decisions made to procedures with an effective date in the range (the last 30 days
 * by default), newest first, with the decision's number and summary. Read with the caller's access.
 */
export const procedureChanges = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  { from: fromDay, to: toDay, kind, limit }: z.output<typeof procedureChangesQuery>,
) => {
  const timeZone = options.reporting.timeZone
  const to = toDay ?? dayInVietnam(nowOf(req.context), timeZone)
  const from = fromDay ?? format(subDays(parseISO(to), 30), 'yyyy-MM-dd')
  const start = startOfVietnamDay(from, timeZone).toISOString()
  const end = startOfVietnamDay(format(addDays(parseISO(to), 1), 'yyyy-MM-dd'), timeZone).toISOString()

  const found = await req.payload.find({
    collection: options.slugs.procedures,
    depth: 0,
    limit,
    overrideAccess: false,
    req,
    select: { code: true, name: true, sector: true, status: true, history: true },
    where: {
      and: [{ 'history.effectiveDate': { greater_than_equal: start } }, { 'history.effectiveDate': { less_than: end } }],
    },
  })
  const changes = found.docs.flatMap((doc) => {
    const procedure = doc as { id: number | string; code: string; name: string; sector?: string; status: string; history?: HistoryRow[] }
    return (procedure.history ?? [])
      .filter((row) => row.effectiveDate && row.effectiveDate >= start && row.effectiveDate < end)
      .filter((row) => !kind || row.kind === kind)
      .map((row) => ({
        procedure: procedure.id,
        code: procedure.code,
        name: procedure.name,
        sector: procedure.sector ?? null,
        status: procedure.status,
        kind: row.kind,
        effectiveDate: dayInVietnam(row.effectiveDate!, timeZone),
        changes: row.changes ?? null,
        relatedCode: row.relatedCode ?? null,
        announcement: row.announcement ?? null,
      }))
  })

  // The decisions, as this reader may see them (the public: published ones).
  const ids = [...new Set(changes.map((change) => change.announcement).filter((id) => id !== null))]
  const decisions = ids.length
    ? await req.payload.find({
        collection: options.slugs.announcements,
        depth: 0,
        limit: ids.length,
        overrideAccess: false,
        req,
        select: { number: true, summary: true, signedAt: true },
        where: { id: { in: ids } },
      })
    : { docs: [] }
  const byId = new Map(decisions.docs.map((decision) => [(decision as { id: number | string }).id, decision]))
  const rows = changes
    .map((change) => ({ ...change, announcement: (change.announcement !== null && byId.get(change.announcement)) || null }))
    .sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate) || a.code.localeCompare(b.code))
  return { from, to, totalChanges: rows.length, changes: rows }
}
