import type { PayloadRequest } from 'payload'

import { randomBytes } from 'node:crypto'

import type { ResolvedOptions } from '../options.ts'

import { postgresAdapter } from '../db/postgresAdapter.ts'

type Row = Record<string, unknown>
type SqlAdapter = {
  sessions: Record<number | string, { db: unknown }>
  tableNameMap: Map<string, string>
  execute: (args: { db?: unknown; raw: string }) => Promise<{ rows?: Row[] } | undefined>
}
type Column = { name: string; type: string; udt: string }
type Schema = {
  main: string
  columns: Column[]
  versions: string
  versionColumns: Map<string, Column>
  /** Array tables: the document's, and its versions' (`_uuid` keeps the row's id there). */
  arrays: { main: string; version: string; columns: Column[]; versionColumns: Map<string, Column> }[]
}

/** A procedure as the bulk writer stores it: its columns by name (snake_case), the server's own values. */
export type ProcedureRow = Row & { id?: number }
/** An array row of a procedure (a channel, a history entry), by column name. */
export type ArrayRow = Row & { _order: number; _parent_id?: number; code?: string }

/** A value as PostgreSQL reads it from text in a dollar-quoted literal whose tag the text cannot hold. */
const literal = (value: unknown): string => {
  const text = JSON.stringify(value)
  let tag = `cchc_${randomBytes(6).toString('hex')}`
  while (text.includes(`$${tag}$`)) tag = `cchc_${randomBytes(6).toString('hex')}`
  return `$${tag}$${text}$${tag}$::jsonb`
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`

/** A column of `from` written into a column of another type (an enum of the versions' table, say). */
const cast = (expression: string, target: Column) =>
  target.type === 'USER-DEFINED' ? `${expression}::text::${quoted(target.udt)}` : expression

/** The array row id Payload gives (an ObjectID's 24 hex digits). */
export const arrayRowId = (): string => randomBytes(12).toString('hex')

const schemas = new WeakMap<object, Promise<Schema>>()

/**
 * Writes many procedures at once, set-based, in the request's transaction, where Payload would
 * run one operation (and its nine statements, hooks and validation) per procedure: the server's
 * own writes of a decision's items, already checked by the decision's rules. It stores what
 * Payload stores: the rows, their array rows, a published version of each (with its arrays) that
 * becomes the latest.
 */
export const bulkProcedureWriter = async (req: PayloadRequest, options: Pick<ResolvedOptions, 'slugs'>) => {
  const db = postgresAdapter<SqlAdapter>(req.payload)
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const session = transactionID !== undefined ? db.sessions?.[transactionID] : undefined
  if (!db.execute) throw new Error('cchc: bulk writes need the PostgreSQL adapter')
  const run = async (raw: string): Promise<Row[]> => (await db.execute!({ db: session?.db, raw }))?.rows ?? []

  let schema = schemas.get(req.payload)
  if (!schema) {
    const main = db.tableNameMap?.get(options.slugs.procedures.replace(/-/g, '_')) ?? options.slugs.procedures.replace(/-/g, '_')
    const versions = `_${main}_v`
    schema = (async (): Promise<Schema> => {
      const rows = await run(
        `select table_name, column_name, data_type, udt_name from information_schema.columns
         where table_schema = current_schema() and (table_name = '${main}' or table_name like '${main}\\_%' or table_name like '${versions}%')
         order by table_name, ordinal_position`,
      )
      const byTable = new Map<string, Column[]>()
      for (const row of rows) {
        const list = byTable.get(row.table_name as string) ?? []
        list.push({ name: row.column_name as string, type: row.data_type as string, udt: row.udt_name as string })
        byTable.set(row.table_name as string, list)
      }
      const arrays = [...byTable.keys()]
        .filter((table) => table.startsWith(`${versions}_version_`))
        .map((version) => ({ version, main: `${main}_${version.slice(`${versions}_version_`.length)}` }))
        .filter(({ main: table }) => byTable.has(table))
        .map(({ version, main: table }) => ({
          main: table,
          version,
          columns: byTable.get(table)!,
          versionColumns: new Map(byTable.get(version)!.map((column) => [column.name, column])),
        }))
      return {
        main,
        columns: byTable.get(main) ?? [],
        versions,
        versionColumns: new Map((byTable.get(versions) ?? []).map((column) => [column.name, column])),
        arrays,
      }
    })()
    schemas.set(req.payload, schema)
    schema.catch(() => schemas.delete(req.payload))
  }
  const { main, columns, versions, versionColumns, arrays } = await schema
  const known = new Set(columns.map((column) => column.name))
  const select = (names: string[]) => names.map((name) => `r.${quoted(name)}`).join(', ')

  return {
    /** Inserts new procedures; their ids by code. */
    insert: async (rows: ProcedureRow[]): Promise<Map<string, number>> => {
      if (rows.length === 0) return new Map()
      const names = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((name) => name !== 'id' && known.has(name))
      const inserted = await run(
        `insert into ${quoted(main)} (${names.map(quoted).join(', ')})
         select ${select(names)} from jsonb_populate_recordset(null::${quoted(main)}, ${literal(rows)}) r
         returning id, code`,
      )
      return new Map(inserted.map((row) => [row.code as string, Number(row.id)]))
    },

    /**
     * Sets the given columns of existing procedures (each row has its `id`), and only those: rows
     * that set different columns go in statements of their own, so no row's missing column is
     * written as null.
     */
    update: async (rows: ProcedureRow[]): Promise<void> => {
      const groups = new Map<string, ProcedureRow[]>()
      for (const row of rows) {
        const names = Object.keys(row).filter((name) => name !== 'id' && known.has(name)).sort()
        const key = names.join(',')
        groups.set(key, [...(groups.get(key) ?? []), row])
      }
      for (const [key, group] of groups) {
        if (key === '') continue
        const names = key.split(',')
        await run(
          `update ${quoted(main)} p set (${names.map(quoted).join(', ')}) = (select ${select(names)})
           from jsonb_populate_recordset(null::${quoted(main)}, ${literal(group)}) r where p.id = r.id`,
        )
      }
    },

    /** Replaces (`replace`: the parents' rows go first) or appends rows of one array field, e.g. `channels`. */
    writeArray: async (field: string, rows: ArrayRow[], { replace }: { replace: number[] | false }): Promise<void> => {
      const table = arrays.find((array) => array.main === `${main}_${field}`)
      if (!table) throw new Error(`cchc: no array table for ${field}`)
      if (replace && replace.length > 0) await run(`delete from ${quoted(table.main)} where _parent_id = any('{${replace.join(',')}}'::int[])`)
      if (rows.length === 0) return
      const names = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((name) => table.columns.some((column) => column.name === name))
      await run(
        `insert into ${quoted(table.main)} (${names.map(quoted).join(', ')})
         select ${select(names)} from jsonb_populate_recordset(null::${quoted(table.main)}, ${literal(rows)}) r`,
      )
    },

    /** Saves each procedure as it now stands as its latest version, published, with its arrays. */
    saveVersions: async (ids: number[]): Promise<void> => {
      if (ids.length === 0) return
      const list = `'{${ids.join(',')}}'::int[]`
      await run(`update ${quoted(versions)} set latest = false where parent_id = any(${list}) and latest`)
      const copied = columns.filter((column) => column.name !== 'id' && versionColumns.has(`version_${column.name}`))
      const created = await run(
        `insert into ${quoted(versions)} (parent_id, ${copied.map((column) => quoted(`version_${column.name}`)).join(', ')}, created_at, updated_at, latest)
         select p.id, ${copied.map((column) => cast(`p.${quoted(column.name)}`, versionColumns.get(`version_${column.name}`)!)).join(', ')}, now(), now(), true
         from ${quoted(main)} p where p.id = any(${list})
         returning id`,
      )
      const versionIds = `'{${created.map((row) => Number(row.id)).join(',')}}'::int[]`
      for (const table of arrays) {
        const shared = table.columns.filter((column) => !['_order', '_parent_id', 'id'].includes(column.name) && table.versionColumns.has(column.name))
        await run(
          `insert into ${quoted(table.version)} (_order, _parent_id, ${shared.map((column) => quoted(column.name)).join(', ')}, _uuid)
           select a._order, v.id, ${shared.map((column) => cast(`a.${quoted(column.name)}`, table.versionColumns.get(column.name)!)).join(', ')}, a.id
           from ${quoted(table.main)} a join ${quoted(versions)} v on v.parent_id = a._parent_id and v.id = any(${versionIds})`,
        )
      }
    },

    /** Runs one statement of the caller's in the same transaction (the audit entries). */
    run,
    literal,
  }
}
