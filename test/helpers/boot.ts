import type { Payload, SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { buildConfig, getPayload, handleEndpoints } from 'payload'
import { inject } from 'vitest'

import { type CchcPluginOptions, cchcPlugin, guardGraphQL } from '../../src/index.ts'

export type Reply = { status: number; body: any; headers: Headers }
export type RequestOptions = { body?: unknown; token?: string; headers?: Record<string, string> }

export type TestApp = {
  payload: Payload
  /** Where this app stores uploaded files. */
  mediaDir: string
  config: SanitizedConfig
  /** Calls the REST API as a client would, through Payload's own request handler. */
  rest: (method: string, path: string, options?: RequestOptions) => Promise<Reply>
  /** Calls POST /api/graphql as a client would. */
  graphql: (query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>) => Promise<Reply>
  close: () => Promise<void>
}

/** A new, empty database on the run's server (or `server`), by name. */
export const createDatabase = async (server: string = inject('databaseServer')): Promise<string> => {
  const database = `${inject('databasePrefix')}${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: `${server}/postgres` })
  await admin.connect()
  await admin.query(`create database "${database}"`)
  await admin.end()
  return database
}

/**
 * Boots the host app's Payload on a new, empty database of its own, on the run's server or on
 * `server` (a URL without a database name; the fault test's own PostgreSQL), with a host's
 * `collections` overrides when given.
 */
export const bootApp = async ({
  server = inject('databaseServer'),
  collections,
  database: existing,
  options,
}: {
  server?: string
  /** A host's overrides of the plugin's collections, beside the host app's own plugin options. */
  collections?: CchcPluginOptions['collections']
  /** A database that already exists (one a host used before it added the plugin) instead of a new one. */
  database?: string
  /** More plugin options over the host app's own. */
  options?: Omit<CchcPluginOptions, 'collections'>
} = {}): Promise<TestApp> => {
  const withServer = (database: string) => `${server}/${database}`
  const database = existing ?? (await createDatabase(server))

  process.env.DATABASE_URL = withServer(database)
  // Uploaded files of this file's run go to a folder of their own.
  process.env.MEDIA_DIR = mkdtempSync(path.join(tmpdir(), 'cchc-media-'))
  const host = await import('../../payload.config.ts')
  const config = await (collections || options
    ? buildConfig({ ...host.hostConfig, plugins: [cchcPlugin({ ...host.pluginOptions, ...options, collections })] })
    : host.default)
  const payload = await getPayload({ config })
  // As the host's route: the plugin's limits in front of Payload's handler.
  const graphqlHandler = guardGraphQL(config, GRAPHQL_POST(config))
  const base = 'http://localhost:3000'

  const headersFor = (options: RequestOptions = {}) => {
    const headers = new Headers(options.headers)
    if (options.token) headers.set('Authorization', `JWT ${options.token}`)
    if (options.body !== undefined && !(options.body instanceof FormData)) headers.set('Content-Type', 'application/json')
    return headers
  }
  const read = async (response: Response): Promise<Reply> => {
    const text = await response.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body, headers: response.headers }
  }

  return {
    payload,
    mediaDir: process.env.MEDIA_DIR,
    config,
    rest: async (method, path, options = {}) => {
      const body =
        options.body === undefined
          ? undefined
          : options.body instanceof FormData
            ? options.body
            : JSON.stringify(options.body)
      const request = new Request(`${base}/api${path}`, { method, headers: headersFor(options), body })
      return read(await handleEndpoints({ config, request }))
    },
    graphql: async (query, variables, token, headers) => {
      const request = new Request(`${base}/api/graphql`, {
        method: 'POST',
        headers: headersFor({ token, body: {}, headers }),
        body: JSON.stringify({ query, variables }),
      })
      return read(await graphqlHandler(request))
    },
    // The database stays until the run ends (globalSetup drops it): the adapter keeps a client checked out.
    close: () => payload.destroy(),
  }
}
