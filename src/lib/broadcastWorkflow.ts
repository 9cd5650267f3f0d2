/**
 * A radio programme's way, as data: planned, then aired or cancelled (with a reason). A cancelled
 * programme may be planned again; an aired one is the record of what went out and stays so.
 */
export const programmeStates = ['planned', 'aired', 'cancelled'] as const
export type ProgrammeState = (typeof programmeStates)[number]

export const programmeStateLabels: Record<ProgrammeState, { vi: string; en: string }> = {
  planned: { vi: 'Đã lên lịch', en: 'Planned' },
  aired: { vi: 'Đã phát', en: 'Aired' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
}

/** from -> the states it may go to (editors only take them). A pair not listed is not a transition. */
export const programmeTransitions: Record<ProgrammeState, readonly ProgrammeState[]> = {
  planned: ['aired', 'cancelled'],
  aired: [],
  cancelled: ['planned'],
}

/** An item of a programme: a contributor's proposal until an editor accepts it into the programme. */
export const itemStates = ['proposed', 'accepted'] as const
export type ItemState = (typeof itemStates)[number]

export const itemStateLabels: Record<ItemState, { vi: string; en: string }> = {
  proposed: { vi: 'Đề xuất', en: 'Proposed' },
  accepted: { vi: 'Đã nhận vào chương trình', en: 'Accepted' },
}

export const itemKinds = ['post', 'media', 'script'] as const
export type ItemKind = (typeof itemKinds)[number]

export const itemKindLabels: Record<ItemKind, { vi: string; en: string }> = {
  post: { vi: 'Bài âm thanh', en: 'Audio post' },
  media: { vi: 'Tệp âm thanh', en: 'Audio file' },
  script: { vi: 'Bài đọc trực tiếp', en: 'Script read live' },
}

export const isProgrammeState = (value: unknown): value is ProgrammeState =>
  typeof value === 'string' && (programmeStates as readonly string[]).includes(value)

/** Whether a programme may go from one state to another. */
export const isProgrammeTransition = (from: ProgrammeState, to: ProgrammeState): boolean =>
  from === to || programmeTransitions[from].includes(to)

/** An item of a programme as stored or sent; relations are ids or populated documents. */
export type ProgrammeItem = {
  id?: string | null
  kind?: unknown
  title?: unknown
  post?: unknown
  media?: unknown
  script?: unknown
  unit?: unknown
  seconds?: unknown
  itemState?: unknown
}

type IdOf = (value: unknown) => number | string | null

/** What an item says, for telling whether a write changed it (lengths and titles the server fills are left out). */
export const itemContent = (item: ProgrammeItem, idOf: IdOf) =>
  JSON.stringify([item.kind ?? null, idOf(item.post), idOf(item.media), item.script ?? null, idOf(item.unit), item.itemState ?? null])

/** Whether an item is a proposal of the unit `unitId`, which that unit's contributors may still change. */
export const isOwnProposal = (item: ProgrammeItem, unitId: number | string | null, idOf: IdOf): boolean =>
  item.itemState === 'proposed' && unitId !== null && String(idOf(item.unit)) === String(unitId)

/**
 * Whether a contributor's write keeps to proposing: every item that is not its own unit's proposal
 * is still there, unchanged (order aside). New items and its own proposals are its to write.
 */
export const keepsToProposals = (stored: readonly ProgrammeItem[], incoming: readonly ProgrammeItem[], unitId: number | string | null, idOf: IdOf): boolean => {
  const sent = new Map(incoming.filter((item) => item.id).map((item) => [item.id!, item]))
  return stored.every((item) => {
    if (isOwnProposal(item, unitId, idOf)) return true
    const now = item.id ? sent.get(item.id) : undefined
    return now !== undefined && itemContent(now, idOf) === itemContent(item, idOf)
  })
}
