import type { Paginated } from './apiTypes.ts'

import { readApi } from './apiClient.ts'
import { apiPaths } from './apiPaths.ts'

/** A radio programme as the public reads it: aired ones only, their accepted items in running order. */
export type Programme = {
  id: number | string
  title?: string | null
  day?: string | null
  startsAt?: string | null
  endsAt?: string | null
  totalSeconds?: number | null
  items?: { id?: string; kind?: string; title?: string | null; seconds?: number | null; itemState?: string | null }[] | null
}

/** The commune radio's aired programmes of the days from `from` to `to` (yyyy-mm-dd), in airing order. */
export const readProgrammes = async (from: string, to: string, limit = 50): Promise<Programme[]> =>
  (
    await readApi<Paginated<Programme>>(apiPaths.broadcastSchedules, {
      where: { and: [{ programmeState: { equals: 'aired' } }, { day: { greater_than_equal: from } }, { day: { less_than_equal: to } }] },
      sort: 'startsAt',
      limit,
      depth: 0,
      select: { title: true, day: true, startsAt: true, endsAt: true, totalSeconds: true, items: { kind: true, title: true, seconds: true, itemState: true } },
    })
  ).docs

/** The items that went out: accepted ones (the rest were proposals the editors did not take). */
export const airedItems = (programme: Programme) => (programme.items ?? []).filter((item) => item.itemState === 'accepted')
