import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { type SlotShape } from '../lib/broadcastSlots.ts'
import { addDays, buildWeek, type WeekProgramme } from '../lib/radioWeek.ts'
import { idOf } from '../lib/relationId.ts'

export type WeekSlot = SlotShape & { id: number | string; name: string }

/** The week from `monday`: the slots in use by start time, and the programmes the caller may read in them. */
export const radioWeek = async (req: PayloadRequest, options: ResolvedOptions, monday: string) => {
  const slots = await req.payload.find({
    collection: options.slugs.broadcastSlots,
    where: { active: { equals: true } },
    sort: 'startTime',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const programmes = await req.payload.find({
    collection: options.slugs.broadcastSchedules,
    where: { day: { in: Array.from({ length: 7 }, (_, i) => addDays(monday, i)) } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    req,
    select: { slot: true, day: true, programmeState: true, totalSeconds: true, items: { id: true } },
  })
  const rows: WeekProgramme[] = programmes.docs.map((doc) => {
    const programme = doc as unknown as Record<string, any>
    return {
      id: programme.id,
      slot: programme.slot,
      day: programme.day,
      programmeState: programme.programmeState,
      totalSeconds: Number(programme.totalSeconds ?? 0),
      itemCount: (programme.items ?? []).length,
    }
  })
  return buildWeek(slots.docs as unknown as WeekSlot[], rows, monday, (programme) => idOf(programme.slot))
}
