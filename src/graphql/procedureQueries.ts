import type { Config, GraphQLExtension, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { readParameters } from '../requestParameters.ts'
import { procedureChanges, procedureChangesQuery } from '../services/procedureChanges.ts'
import { procedureSearchQuery, searchProcedures } from '../services/procedureSearch.ts'
import { type CostExtension, prices } from './queryCost.ts'

type Context = { req: PayloadRequest }

// GraphQL gives null for an argument left out; the REST query would not have it at all.
const given = (args: Record<string, unknown>) => Object.fromEntries(Object.entries(args).filter(([, value]) => value !== null && value !== undefined))

/**
 * The portal's procedure queries in GraphQL, beside the collection's own: `ProcedureSearch`
 * (without diacritics, by field, status and online level) and `ProcedureChanges` (recent changes).
 * Both read with the caller's access, as their REST endpoints do.
 */
export const procedureQueries =
  (options: ResolvedOptions, host: NonNullable<Config['graphQL']>['queries']): GraphQLExtension =>
  (GraphQL, info) => {
    const { GraphQLBoolean, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
    // The `Procedures` query's own list type: Payload builds the collection's paginated type twice,
    // and a schema may hold one type of a name.
    const plural = info.collections[options.slugs.procedures]!.graphQL!.paginatedType.name
    const procedureList = (info.Query.fields[plural] as { type: InstanceType<typeof GraphQLObjectType> }).type
    const decision = new GraphQLObjectType({
      name: 'ProcedureChangeDecision',
      fields: { id: { type: GraphQLInt }, number: { type: GraphQLString }, summary: { type: GraphQLString }, signedAt: { type: GraphQLString } },
    })
    const change = new GraphQLObjectType({
      name: 'ProcedureChange',
      fields: {
        procedure: { type: GraphQLInt },
        code: { type: GraphQLString },
        name: { type: GraphQLString },
        sector: { type: GraphQLString },
        status: { type: GraphQLString },
        kind: { type: GraphQLString },
        effectiveDate: { type: GraphQLString },
        changes: { type: GraphQLString },
        relatedCode: { type: GraphQLString },
        announcement: { type: decision },
      },
    })
    return {
      ...host?.(GraphQL, info),
      ProcedureSearch: {
        type: procedureList,
        extensions: { cost: { price: prices.search, defaultLimit: procedureSearchQuery.shape.limit.parse(undefined) } satisfies CostExtension },
        args: {
          q: { type: GraphQLString },
          sector: { type: GraphQLString },
          // One status or several, comma-separated ("active,amended").
          status: { type: GraphQLString },
          inForce: { type: GraphQLBoolean },
          onlineLevel: { type: GraphQLString },
          nonTerritorial: { type: GraphQLBoolean },
          interlinked: { type: GraphQLBoolean },
          // Lists by id or slug, comma-separated.
          list: { type: GraphQLString },
          limit: { type: GraphQLInt },
          page: { type: GraphQLInt },
        },
        resolve: (_: unknown, args: Record<string, unknown>, { req }: Context) =>
          searchProcedures(req, options, readParameters(req, procedureSearchQuery, given(args), 'procedureSearchHint')),
      },
      ProcedureChanges: {
        extensions: { cost: { price: prices.search, defaultLimit: procedureChangesQuery.shape.limit.parse(undefined) } satisfies CostExtension },
        type: new GraphQLObjectType({
          name: 'ProcedureChanges',
          fields: {
            from: { type: GraphQLString },
            to: { type: GraphQLString },
            totalChanges: { type: GraphQLInt },
            changes: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(change))) },
          },
        }),
        args: { from: { type: GraphQLString }, to: { type: GraphQLString }, kind: { type: GraphQLString }, limit: { type: GraphQLInt } },
        resolve: (_: unknown, args: Record<string, unknown>, { req }: Context) =>
          procedureChanges(req, options, readParameters(req, procedureChangesQuery, given(args), 'procedureChangesHint')),
      },
    }
  }
