import type { ProcedureChanges } from './apiTypes.ts'

export type Change = ProcedureChanges['changes'][number]
export type DecisionChanges = { decision: Change['announcement']; changes: Change[] }

/**
 * The changes grouped by the decision that made them, in the order the API gives (newest first):
 * a decision's group comes where its first change does. Changes whose decision the reader may not
 * see come last, together.
 */
export const changesByDecision = (changes: readonly Change[]): DecisionChanges[] => {
  const groups = new Map<string, DecisionChanges>()
  for (const change of changes) {
    const key = change.announcement ? `id:${change.announcement.id}` : 'none'
    const group = groups.get(key) ?? { decision: change.announcement, changes: [] }
    group.changes.push(change)
    groups.set(key, group)
  }
  const none = groups.get('none')
  return [...[...groups.values()].filter((group) => group !== none), ...(none ? [none] : [])]
}
