import {
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
} from 'graphql'

import { t, type Translator } from '../translations/translate.ts'

/**
 * What each thing a query asks for costs, in points (one point is about one indexed lookup; a
 * count or a search over a table with a pattern is ten or twenty times that). Scalar fields cost
 * nothing: they come with the row the query already reads.
 */
export const prices = {
  /** A list of documents (`CchcPosts`, `versions…`, a join such as `relatedPosts`): a query and its count. */
  list: 10,
  /** `count…`. */
  count: 10,
  /** A search (`ProcedureSearch`, `ProcedureChanges`). */
  search: 20,
  /** One related document (a relationship or upload), each time its parent is read. */
  relation: 1,
  /** One document by id, the signed-in user, access. */
  document: 2,
  /** A create, update, delete or other write. */
  mutation: 20,
} as const

/** How a custom query tells the cost rule its price: `extensions: { cost: { price, defaultLimit } }`. */
export type CostExtension = { price: number; defaultLimit?: number }

/** Items a list holds when the query gives no `limit`: Payload's default page size. */
const defaultListSize = 10
/** A list without any limit (`limit: 0`, `pagination: false`, a join without `limit`) is priced as this many. */
const unboundedListSize = 1000

type PayloadFieldExtension = { type?: string; defaultLimit?: number }

const extensionsOf = (field: GraphQLField<unknown, unknown>) =>
  (field.extensions ?? {}) as { cost?: CostExtension; field?: PayloadFieldExtension }

// Payload's list types (`CchcPosts`, a join's `Procedure_RelatedPosts`) hold their documents in `docs`.
const holdsDocs = (type: GraphQLNamedType) => isObjectType(type) && 'docs' in type.getFields()
// Payload's `count…` answers only `totalDocs`.
const isCountType = (type: GraphQLNamedType) => isObjectType(type) && Object.keys(type.getFields()).join() === 'totalDocs'
const isList = (field: GraphQLField<unknown, unknown>) => isListType(isNonNullType(field.type) ? field.type.ofType : field.type)

type Args = Record<string, unknown>

/** How many items the lists inside a field hold, from its `limit` and `pagination` arguments. */
const listSizeOf = (field: GraphQLField<unknown, unknown>, args: Args): number => {
  const { cost, field: payloadField } = extensionsOf(field)
  if (args.pagination === false) return unboundedListSize
  if (typeof args.limit === 'number') return args.limit > 0 ? args.limit : unboundedListSize
  if (cost?.defaultLimit) return cost.defaultLimit
  // Payload's GraphQL join reads every related document when the query sets no limit.
  if (payloadField?.type === 'join') return unboundedListSize
  return defaultListSize
}

const priceOf = (field: GraphQLField<unknown, unknown>, named: GraphQLNamedType, root: 'query' | 'mutation' | null, args: Args): number => {
  const { cost, field: payloadField } = extensionsOf(field)
  if (cost) return cost.price
  if (root === 'mutation') return prices.mutation
  if (payloadField?.type === 'join') return prices.list
  if (payloadField?.type === 'relationship' || payloadField?.type === 'upload') return prices.relation
  if (root === 'query') return holdsDocs(named) ? prices.list : isCountType(named) ? prices.count : prices.document
  // Rich text populates the documents it links to, `depth` levels down.
  if (typeof args.depth === 'number' && args.depth > 0) return prices.relation * args.depth
  return 0
}

/**
 * The cost of one operation: every field as often as it runs. An alias runs its field again, so
 * every alias counts; what sits inside a list runs once per item the list may hold.
 */
const operationCost = (
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: (name: string) => { typeCondition: { name: { value: string } }; selectionSet: SelectionSetNode } | undefined | null,
  variables: Args = {},
): number => {
  const values: Args = { ...defaultsOf(operation), ...variables }
  const argsOf = (node: FieldNode): Args =>
    Object.fromEntries((node.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, values)]))
  const spreading = new Set<string>()
  const priced = new Map<string, number>()

  const costOf = (set: SelectionSetNode, type: GraphQLNamedType | undefined, root: 'query' | 'mutation' | null, listSize: number): number => {
    let total = 0
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection and __typename read the schema in memory.
        if (selection.name.value.startsWith('__')) continue
        if (!type || !(isObjectType(type) || isInterfaceType(type))) continue
        const field = type.getFields()[selection.name.value]
        if (!field) continue // GraphQL's own rules name an unknown field
        const args = argsOf(selection)
        const named = getNamedType(field.type)
        total += priceOf(field, named, root, args)
        if (selection.selectionSet) {
          const perItem = isList(field) ? listSize : 1
          total += perItem * costOf(selection.selectionSet, named, null, listSizeOf(field, args))
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type
        total += costOf(selection.selectionSet, inner ?? undefined, root, listSize)
      } else {
        const name = selection.name.value
        const key = `${name} ${root} ${listSize}`
        const fragment = fragments(name)
        // A cycle is refused before this rule runs (queryShape); never follow one.
        if (!fragment || spreading.has(name)) continue
        // Each fragment is priced once: a fragment spread twice in a fragment spread twice… stays linear.
        let price = priced.get(key)
        if (price === undefined) {
          spreading.add(name)
          price = costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined, root, listSize)
          spreading.delete(name)
          priced.set(key, price)
        }
        total += price
      }
    }
    return total
  }

  const rootType = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
  return costOf(operation.selectionSet, rootType ?? undefined, operation.operation === 'mutation' ? 'mutation' : 'query', defaultListSize)
}

const defaultsOf = (operation: OperationDefinitionNode): Args =>
  Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((definition) => definition.defaultValue)
      .map((definition) => [definition.variable.name.value, valueFromASTUntyped(definition.defaultValue!)]),
  )

/**
 * A GraphQL validation rule (Payload's `graphQL.validationRules`) that refuses an operation
 * costing more than `maxCost`, before anything runs, saying why in the language of `from` (Payload's
 * GraphQL route passes the request; without one the error carries its code only).
 */
export const queryCostRule =
  (maxCost: number, variables: Args | undefined, from: Translator | undefined): ValidationRule =>
  (context) => ({
    OperationDefinition(node) {
      const cost = operationCost(context.getSchema(), node, (name) => context.getFragment(name), variables ?? {})
      if (cost > maxCost) {
        context.reportError(
          new GraphQLError(from ? t(from, 'graphQLTooCostly', { cost, maxCost }) : 'QUERY_TOO_COSTLY', { nodes: [node], extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost } }),
        )
      }
    },
  })
