import type { Config, GraphQLExtension, PayloadRequest } from 'payload'

import { z } from 'zod'

import type { ResolvedOptions } from '../options.ts'

import { readParameters } from '../requestParameters.ts'
import { documentChain, maxBasisOf } from '../services/documentChain.ts'
import { documentSearchQuery, searchDocuments } from '../services/documentSearch.ts'
import { type CostExtension, prices } from './queryCost.ts'

type Context = { req: PayloadRequest }

// GraphQL gives null for an argument left out; the REST query would not have it at all.
const given = (args: Record<string, unknown>) => Object.fromEntries(Object.entries(args).filter(([, value]) => value !== null && value !== undefined))

const chainQuery = z.object({ id: z.number().int().positive() })

/**
 * The portal's document queries in GraphQL, as their REST endpoints: `DocumentSearch` (the
 * column's documents with the procedure announcement decisions, one list) and `DocumentChain`
 * (căn cứ both ways). Both read with the caller's access.
 */
export const documentQueries =
  (options: ResolvedOptions, host: NonNullable<Config['graphQL']>['queries']): GraphQLExtension =>
  (GraphQL, info) => {
    const { GraphQLBoolean, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
    const line = new GraphQLObjectType({
      name: 'DocumentListLine',
      fields: {
        source: { type: GraphQLString },
        id: { type: GraphQLInt },
        number: { type: GraphQLString },
        kind: { type: GraphQLString },
        issuer: { type: GraphQLString },
        signer: { type: GraphQLString },
        issuedAt: { type: GraphQLString },
        effectiveDate: { type: GraphQLString },
        summary: { type: GraphQLString },
        signedPdf: { type: GraphQLInt },
        _status: { type: GraphQLString },
      },
    })
    const lines = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(line)))
    const citation = new GraphQLObjectType({
      name: 'DocumentCitation',
      fields: { number: { type: GraphQLString }, title: { type: GraphQLString }, document: { type: line } },
    })
    return {
      ...host?.(GraphQL, info),
      DocumentSearch: {
        type: new GraphQLObjectType({
          name: 'DocumentSearch',
          fields: {
            docs: { type: lines },
            totalDocs: { type: GraphQLInt },
            limit: { type: GraphQLInt },
            page: { type: GraphQLInt },
            totalPages: { type: GraphQLInt },
            hasPrevPage: { type: GraphQLBoolean },
            hasNextPage: { type: GraphQLBoolean },
          },
        }),
        extensions: { cost: { price: prices.search, defaultLimit: documentSearchQuery.shape.limit.parse(undefined) } satisfies CostExtension },
        args: {
          q: { type: GraphQLString },
          kind: { type: GraphQLString },
          issuer: { type: GraphQLString },
          year: { type: GraphQLInt },
          limit: { type: GraphQLInt },
          page: { type: GraphQLInt },
        },
        resolve: (_: unknown, args: Record<string, unknown>, { req }: Context) =>
          searchDocuments(req, options, readParameters(req, documentSearchQuery, given(args), 'documentSearchHint')),
      },
      DocumentChain: {
        type: new GraphQLObjectType({
          name: 'DocumentChain',
          fields: {
            document: { type: line },
            basedOn: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(citation))) },
            basisOf: { type: lines },
            totalBasisOf: { type: GraphQLInt },
          },
        }),
        extensions: { cost: { price: prices.search, defaultLimit: maxBasisOf } satisfies CostExtension },
        args: { id: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_: unknown, args: Record<string, unknown>, { req }: Context) =>
          documentChain(req, options, readParameters(req, chainQuery, given(args), 'documentChainHint').id),
      },
    }
  }
