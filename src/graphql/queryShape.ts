import { type DocumentNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql'

import { t, type Translator } from '../translations/translate.ts'

export type ShapeLimits = { maxDepth: number; maxAliases: number; maxFields: number }

/** Why a query was refused: a code for programs, a message for people. */
export type QueryProblem = { code: string; message: string }

type Measure = { depth: number; aliases: number; fields: number }
const nothing: Measure = { depth: 0, aliases: 0, fields: 0 }

/**
 * What the text of a query shows without the schema: how deep its fields nest, how many fields
 * and aliases it runs once its fragments are written out (a fragment spread twice counts twice),
 * and whether a fragment spreads itself. Judged before any recursive walk of the query (Payload's
 * complexity estimate, GraphQL's own rules) can meet an endless, thousand-level-deep or
 * exponentially expanding one: the walk here stops one level past the depth limit and measures
 * each fragment once.
 *
 * Returns the problems, worded in the language of `from`; none when the query is within the limits.
 */
export const queryShapeProblems = (document: DocumentNode, limits: ShapeLimits, from: Translator): QueryProblem[] => {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  )
  const measured = new Map<string, Measure>()
  const spreading: string[] = []
  let cycle: string[] | undefined

  // Depth counts fields: `{ a { b } }` is 2. `level` is the depth of the fields of `set`.
  const measure = (set: SelectionSetNode, level: number): Measure => {
    let depth = 0
    let aliases = 0
    let fields = 0
    for (const selection of set.selections) {
      let inner: Measure
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases++
        // Past the limit the answer is known: stop descending.
        const below = selection.selectionSet && level <= limits.maxDepth ? measure(selection.selectionSet, level + 1) : nothing
        inner = { depth: 1 + below.depth, aliases: below.aliases, fields: 1 + below.fields }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measure(selection.selectionSet, level)
      } else {
        inner = spread(selection.name.value)
      }
      depth = Math.max(depth, inner.depth)
      aliases += inner.aliases
      fields += inner.fields
    }
    return { depth, aliases, fields }
  }

  // A fragment is measured from its own top, once, whatever the depth it is spread at.
  const spread = (name: string): Measure => {
    const known = measured.get(name)
    if (known) return known
    const fragment = fragments.get(name)
    if (!fragment) return nothing // GraphQL's own rules name an unknown fragment
    if (spreading.includes(name)) {
      cycle ??= [...spreading.slice(spreading.indexOf(name)), name]
      return nothing
    }
    spreading.push(name)
    const result = measure(fragment.selectionSet, 1)
    spreading.pop()
    measured.set(name, result)
    return result
  }

  // One problem of each kind, whichever operation of the document shows it.
  const problems = new Map<string, string>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const { depth, aliases, fields } = measure(definition.selectionSet, 1)
    if (depth > limits.maxDepth) problems.set('QUERY_TOO_DEEP', t(from, 'graphQLTooDeep', { maxDepth: limits.maxDepth }))
    if (fields > limits.maxFields) problems.set('TOO_MANY_FIELDS', t(from, 'graphQLTooManyFields', { maxFields: limits.maxFields }))
    if (aliases > limits.maxAliases) problems.set('TOO_MANY_ALIASES', t(from, 'graphQLTooManyAliases', { aliases, maxAliases: limits.maxAliases }))
  }
  // A cycle no operation reaches is still one: GraphQL refuses the document either way.
  for (const name of fragments.keys()) spread(name)
  if (cycle) problems.set('FRAGMENT_CYCLE', t(from, 'graphQLFragmentCycle', { fragment: cycle[0]!, cycle: cycle.join(' → ') }))
  return [...problems].map(([code, message]) => ({ code, message }))
}
