import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardGraphQL } from 'payload-plugin-cchc'

// The plugin's GraphQL limits in front of Payload's handler.
export const POST = guardGraphQL(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
