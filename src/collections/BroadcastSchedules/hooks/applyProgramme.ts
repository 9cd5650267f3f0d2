import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { format } from 'date-fns'
import { APIError, ValidationError } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { rights } from '../../../access/rights.ts'
import { resolveRole } from '../../../access/roles.ts'
import { unitIdOf } from '../../../access/scopes.ts'
import { formatLength, instantOf, isDay, readingSeconds, runsOn, type SlotShape, slotSeconds } from '../../../lib/broadcastSlots.ts'
import { isOwnProposal, isProgrammeState, isProgrammeTransition, itemContent, keepsToProposals, type ProgrammeItem, type ProgrammeState } from '../../../lib/broadcastWorkflow.ts'
import { idOf } from '../../../lib/relationId.ts'
import { storedBefore } from '../../../lib/storedBefore.ts'
import { dayInVietnam, wallClockText } from '../../../lib/vietnamTime.ts'
import { nowOf } from '../../../requestContext.ts'
import { t } from '../../../translations/translate.ts'

type Slot = SlotShape & { id: number | string; name: string; active?: boolean | null }
type Ref = { id: number | string; unit?: unknown; title?: unknown; filename?: unknown; format?: unknown; _status?: unknown; audioFile?: unknown; mimeType?: unknown; duration?: unknown }

const byId = (docs: readonly Ref[]) => new Map(docs.map((doc) => [String(doc.id), doc]))

/** The documents of `collection` the items name, in one query. */
const load = async (req: PayloadRequest, collection: string, ids: (number | string)[], select: Record<string, true>) =>
  ids.length === 0
    ? new Map<string, Ref>()
    : byId(
        (
          await req.payload.find({
            collection,
            where: { id: { in: ids } },
            pagination: false,
            depth: 0,
            overrideAccess: true,
            req,
            select,
          })
        ).docs as unknown as Ref[],
      )

/**
 * The calendar day a programme's date names: a bare `yyyy-mm-dd` is that day (PostgreSQL would read
 * it as midnight in its own session's zone), an instant the day it falls on in the commune.
 */
const dayOfDate = (date: unknown, timeZone: string): string =>
  isDay(date) ? date : dayInVietnam(date as Date | number | string, timeZone)

const present = <T>(values: (T | null)[]): T[] => values.filter((value): value is T => value !== null)

/** The first words of a script, as its title when it has none. */
const openingWords = (text: string) => {
  const words = text.trim().split(/\s+/u)
  return words.length > 10 ? `${words.slice(0, 10).join(' ')}…` : words.join(' ')
}

/**
 * A programme's rules, on every write path. Planners (editors) set the slot, day and state, and
 * accept, order or drop any item; a contributor only adds or changes its own unit's proposals to a
 * planned programme. The server works out each item's length (from the audio file, or a script's
 * word count), the programme's times in the commune's zone, and refuses a programme that runs past
 * its slot, a slot that does not run that day, and a state change the workflow does not list.
 */
export const applyProgramme =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, context, data, operation, originalDoc, req }) => {
    const invalid = (path: string, message: string) => new ValidationError({ collection: collection.slug, errors: [{ path, message }], req }, req.t)
    const planners: Partial<Record<string, boolean>> = rights['broadcast-schedules'].plan
    // No user: the system itself (demo data, a job) plans.
    const planner = !req.user || planners[await resolveRole(req, options)] === true
    const stored = storedBefore({ operation, originalDoc }) as Record<string, any> | undefined
    const ownUnit = unitIdOf(req)

    const othersItems = new Set(
      ((stored?.items ?? []) as ProgrammeItem[]).filter((item) => item.id && !isOwnProposal(item, ownUnit, idOf)).map((item) => String(item.id)),
    )
    if (!planner) {
      if (!stored) throw new APIError(t(req, 'programmeEditorsOnly'), 403, null, true)
      // A client may send back what it read; a change to the slot, day or state is an editor's.
      const changes =
        ('slot' in data && String(idOf(data.slot)) !== String(idOf(stored.slot))) ||
        ('date' in data && data.date != null && dayOfDate(data.date, options.reporting.timeZone) !== stored.day) ||
        ('programmeState' in data && data.programmeState != null && data.programmeState !== stored.programmeState) ||
        ('cancelReason' in data && (data.cancelReason || null) !== (stored.cancelReason || null))
      if (changes) throw new APIError(t(req, 'programmeEditorsOnly'), 403, null, true)
      for (const key of ['slot', 'date', 'programmeState', 'cancelReason']) data[key] = stored[key]
      const incoming: ProgrammeItem[] = data.items ?? stored.items ?? []
      if (!keepsToProposals(stored.items ?? [], incoming, ownUnit, idOf)) throw new APIError(t(req, 'programmeItemNotYours'), 403, null, true)
      // Another's item stays as stored (its title too); anything else is this unit's proposal, whatever the write says.
      const storedItems = new Map(((stored.items ?? []) as ProgrammeItem[]).map((item) => [String(item.id), item]))
      data.items = incoming.map((item) =>
        othersItems.has(String(item.id)) ? storedItems.get(String(item.id))! : { ...item, unit: ownUnit, itemState: 'proposed' },
      )
    }

    const merged = { ...stored, ...data }
    const timeZone = options.reporting.timeZone
    const slotId = idOf(merged.slot)
    const slot = (
      slotId === null
        ? null
        : await req.payload.findByID({ collection: options.slugs.broadcastSlots, id: slotId, depth: 0, disableErrors: true, overrideAccess: true, req })
    ) as Slot | null
    if (!slot) throw invalid('slot', t(req, 'programmeSlotMissing'))
    if (!merged.date) throw invalid('date', t(req, 'programmeDayRequired'))
    const day = dayOfDate(merged.date, timeZone)
    const moved = !stored || String(idOf(stored.slot)) !== String(slotId) || stored.day !== day
    if (moved && (slot.active === false || !runsOn(slot, day))) {
      throw invalid('date', t(req, 'slotNotOnDay', { slot: slot.name, day: format(new Date(`${day}T12:00:00Z`), 'dd/MM/yyyy') }))
    }

    const from: ProgrammeState = stored?.programmeState ?? 'planned'
    const to: ProgrammeState = isProgrammeState(data.programmeState) ? data.programmeState : from
    if (!isProgrammeTransition(from, to)) throw invalid('programmeState', t(req, 'programmeNotATransition', { from, to }))
    const items: ProgrammeItem[] = merged.items ?? []
    if (stored && from !== 'planned' && to === from) {
      const same = (a: ProgrammeItem[], b: ProgrammeItem[]) => a.length === b.length && a.every((item, i) => itemContent(item, idOf) === itemContent(b[i]!, idOf))
      if (moved || !same(items, stored.items ?? [])) throw invalid('programmeState', t(req, 'programmeClosed'))
    }
    if (to === 'cancelled' && from !== 'cancelled' && !String(merged.cancelReason ?? '').trim()) throw invalid('cancelReason', t(req, 'cancelReasonRequired'))

    const startsAt = instantOf(day, slot.startTime, timeZone)
    const now = nowOf(context)
    if (to === 'aired' && from !== 'aired' && now < startsAt) throw invalid('programmeState', t(req, 'programmeNotYetAired'))

    // Each item's length, unit and title, from what it names.
    const posts = await load(req, options.slugs.posts, present(items.filter((item) => item.kind === 'post').map((item) => idOf(item.post))), {
      title: true,
      format: true,
      unit: true,
      audioFile: true,
      _status: true,
    })
    const mediaIds = [...items.filter((item) => item.kind === 'media').map((item) => idOf(item.media)), ...[...posts.values()].map((post) => idOf(post.audioFile))]
    const media = await load(req, options.slugs.media, present(mediaIds), { filename: true, mimeType: true, duration: true, unit: true })
    const audioSeconds = (file: Ref | undefined) =>
      file && String(file.mimeType ?? '').startsWith('audio/') && typeof file.duration === 'number' ? file.duration : null

    const resolved = items.map((item, index) => {
      const at = (field: string) => `items.${index}.${field}`
      const itemState = planner ? (item.itemState === 'proposed' ? 'proposed' : 'accepted') : item.itemState
      const title = String(item.title ?? '').trim()
      if (item.kind === 'post') {
        const post = posts.get(String(idOf(item.post)))
        const seconds = audioSeconds(media.get(String(idOf(post?.audioFile))))
        if (!post || post.format !== 'audio' || post._status !== 'published' || seconds === null) throw invalid(at('post'), t(req, 'itemPostNotAudio'))
        return { ...item, post: post.id, media: null, script: null, unit: post.unit ?? null, seconds, title: title || String(post.title ?? ''), itemState }
      }
      if (item.kind === 'media') {
        const file = media.get(String(idOf(item.media)))
        const seconds = audioSeconds(file)
        if (!file || seconds === null) throw invalid(at('media'), t(req, 'itemMediaNotAudio'))
        return { ...item, post: null, script: null, media: file.id, unit: file.unit ?? null, seconds, title: title || String(file.filename ?? ''), itemState }
      }
      if (item.kind === 'script') {
        const script = String(item.script ?? '').trim()
        if (!script) throw invalid(at('script'), t(req, 'itemScriptEmpty'))
        // An editor names the unit that supplied the script (its own by default); a contributor's proposal is its unit's.
        const unit = planner || othersItems.has(String(item.id)) ? (idOf(item.unit) ?? ownUnit) : ownUnit
        return { ...item, post: null, media: null, script, unit, seconds: readingSeconds(script, options.radio.wordsPerMinute), title: title || openingWords(script), itemState }
      }
      throw invalid(at('kind'), t(req, 'itemKindRequired'))
    })
    if (!planner && resolved.some((item) => !othersItems.has(String(item.id)) && String(idOf(item.unit)) !== String(ownUnit))) {
      throw new APIError(t(req, 'proposalNotOwnUnit'), 403, null, true)
    }

    // What aired is what was accepted: proposals left over did not go out.
    const kept = to === 'aired' && from !== 'aired' ? resolved.filter((item) => item.itemState === 'accepted') : resolved
    const total = kept.filter((item) => item.itemState === 'accepted').reduce((sum, item) => sum + item.seconds, 0)
    const length = slotSeconds(slot)
    if (to !== 'cancelled' && total > length) {
      throw invalid('items', t(req, 'programmeTooLong', { overrun: formatLength(total - length), total: formatLength(total), slot: formatLength(length) }))
    }

    data.items = kept
    data.slot = slotId
    data.day = day
    // Stored as the day's noon in the commune: the same day whatever zone reads it back.
    data.date = instantOf(day, '12:00', timeZone).toISOString()
    data.programmeState = to
    data.cancelReason = to === 'cancelled' ? merged.cancelReason : null
    data.startsAt = startsAt.toISOString()
    data.endsAt = instantOf(day, slot.endTime, timeZone).toISOString()
    data.slotSeconds = length
    data.totalSeconds = Math.round(total * 1000) / 1000
    data.airedAt = to === 'aired' ? (from === 'aired' ? stored?.airedAt : now.toISOString()) : null
    data.title = `${slot.name} · ${wallClockText(startsAt, timeZone)}`
    return data
  }
