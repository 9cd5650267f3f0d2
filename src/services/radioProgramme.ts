import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { slotSeconds } from '../lib/broadcastSlots.ts'
import { idOf } from '../lib/relationId.ts'
import type { ExportItem, ExportProgramme } from '../lib/radioExports.ts'

type Doc = Record<string, any>

/** Where the API is reached from outside: the configured server URL, else the request's own origin. */
const originOf = (req: PayloadRequest): string => {
  const configured = req.payload.config.serverURL
  if (configured) return configured.replace(/\/+$/, '')
  return req.url ? new URL(req.url).origin : ''
}

const absolute = (req: PayloadRequest, url: unknown): string | null => {
  if (typeof url !== 'string' || url === '') return null
  try {
    return new URL(url, `${originOf(req)}/`).toString()
  } catch {
    return null
  }
}

/**
 * A programme as the radio exports give it, read with the caller's access (the public: aired
 * programmes only; a programme the caller may not read is Payload's 404). Its items, posts and
 * files are then read as the server: an aired programme is the editors' record of what went out.
 */
export const radioProgramme = async (req: PayloadRequest, options: ResolvedOptions, id: number | string): Promise<ExportProgramme> => {
  const collection = options.slugs.broadcastSchedules
  await req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, req, select: {} })
  const programme = (await req.payload.findByID({ collection, id, depth: 2, overrideAccess: true, req })) as Doc
  const slot = (programme.slot ?? {}) as Doc
  const items: ExportItem[] = ((programme.items ?? []) as Doc[])
    .filter((item) => item.itemState === 'accepted')
    .map((item, index) => {
      const file = (item.kind === 'post' ? item.post?.audioFile : item.media) as Doc | undefined
      return {
        position: index + 1,
        kind: item.kind,
        title: String(item.title ?? ''),
        unit: typeof item.unit === 'object' && item.unit ? String(item.unit.shortName ?? item.unit.name ?? '') : null,
        seconds: Number(item.seconds ?? 0),
        url: item.kind === 'script' ? null : absolute(req, file?.url),
        script: item.kind === 'script' ? String(item.script ?? '') : null,
      }
    })
  return {
    id: programme.id,
    title: String(programme.title ?? ''),
    day: String(programme.day ?? ''),
    slot: {
      name: String(slot.name ?? ''),
      startTime: String(slot.startTime ?? ''),
      endTime: String(slot.endTime ?? ''),
      seconds: slot.startTime && slot.endTime ? slotSeconds(slot as { startTime: string; endTime: string }) : 0,
    },
    startsAt: String(programme.startsAt ?? ''),
    endsAt: String(programme.endsAt ?? ''),
    state: String(programme.programmeState ?? ''),
    timeZone: options.reporting.timeZone,
    totalSeconds: items.reduce((sum, item) => sum + item.seconds, 0),
    items,
  }
}

/** The unit's aired programmes in a period (by when they started), for its report. */
export const airedProgrammesOf = async (req: PayloadRequest, options: ResolvedOptions, unit: number | string, from: string, to: string) =>
  (
    await req.payload.find({
      collection: options.slugs.broadcastSchedules,
      where: {
        and: [
          { programmeState: { equals: 'aired' } },
          { 'items.unit': { equals: unit } },
          { startsAt: { greater_than_equal: from } },
          { startsAt: { less_than_equal: to } },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { items: { unit: true, seconds: true, itemState: true } },
    })
  ).docs.map((doc) => ({ ...doc, items: ((doc as Doc).items ?? []).map((item: Doc) => ({ ...item, unit: idOf(item.unit) })) }))
