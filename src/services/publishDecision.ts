import type { CollectionSlug, Field, FieldHook, FlattenedField, JsonObject, PayloadRequest, SanitizedCollectionConfig, ValidationFieldError, Where } from 'payload'

import { isDeepStrictEqual } from 'node:util'
import {
  afterChangeTraverseFields,
  afterReadTraverseFields,
  beforeChangeTraverseFields,
  beforeValidateTraverseFields,
  combineQueries,
  deepCopyObjectSimple,
  executeAccess,
  Forbidden,
  getLatestCollectionVersion,
  Locked,
  NotFound,
  saveVersion,
  ValidationError,
} from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { fieldAffectsData } from 'payload/shared'

import type { ResolvedOptions } from '../options.ts'

import { postgresAdapter } from '../db/postgresAdapter.ts'
import { inTransaction } from './inTransaction.ts'

type Id = number | string
type Doc = JsonObject & { id?: Id; updatedAt?: string; createdAt?: string; _status?: string }
type SqlAdapter = {
  sessions: Record<number | string, { db: unknown }>
  tableNameMap: Map<string, string>
  execute: (args: { db?: unknown; raw: string }) => Promise<{ rows?: Record<string, unknown>[] } | undefined>
}

/** A field whose value lives in tables of its own, not in the document's row. */
const storedApart = (field: FlattenedField): boolean =>
  field.type === 'array' ||
  field.type === 'blocks' ||
  (['select', 'text', 'number', 'relationship', 'upload'].includes(field.type) && (field as { hasMany?: boolean }).hasMany === true) ||
  ((field.type === 'relationship' || field.type === 'upload') && Array.isArray((field as { relationTo?: unknown }).relationTo))

const plain = (value: unknown) => (value === undefined || value === null ? null : JSON.parse(JSON.stringify(value)))

/**
 * Whether two values of `fields` would be stored the same (virtual fields aside, a missing cell
 * the same as null): a publish that leaves an array as it was need not write its rows again.
 */
const storedSame = (fields: FlattenedField[], a: JsonObject | undefined, b: JsonObject | undefined): boolean =>
  fields.every((field) => {
    if ('virtual' in field && field.virtual) return true
    const left = a?.[field.name]
    const right = b?.[field.name]
    if (field.type === 'array') {
      const rows = (value: unknown) => (Array.isArray(value) ? (value as JsonObject[]) : [])
      const [x, y] = [rows(left), rows(right)]
      return x.length === y.length && x.every((row, index) => row.id === y[index]!.id && storedSame(field.flattenedFields, row, y[index]))
    }
    if (field.type === 'group' && 'flattenedFields' in field) return storedSame(field.flattenedFields, left as JsonObject, right as JsonObject)
    return isDeepStrictEqual(plain(left), plain(right))
  })

type FieldLike = FlattenedField & { hooks?: Record<string, unknown[] | undefined>; flattenedFields?: FlattenedField[]; fields?: FlattenedField[]; blocks?: { flattenedFields: FlattenedField[] }[]; editor?: { hooks?: Record<string, unknown[] | undefined> } }

/** Whether any field, however deep, has hooks of `kind` (its rich text editor's included). */
const hasFieldHooks = (fields: FlattenedField[], kind: string): boolean =>
  (fields as FieldLike[]).some(
    (field) =>
      (field.hooks?.[kind]?.length ?? 0) > 0 ||
      (typeof field.editor === 'object' && (field.editor.hooks?.[kind]?.length ?? 0) > 0) ||
      hasFieldHooks(field.flattenedFields ?? field.fields ?? [], kind) ||
      (field.blocks ?? []).some((block) => typeof block === 'object' && hasFieldHooks(block.flattenedFields ?? [], kind)),
  )

/**
 * Whether fields read the same whoever reads them: no read rule and no hidden field, however
 * deep (a field hook then sees the same row and document either way).
 */
const readsAlike = (fields: FlattenedField[]): boolean =>
  (fields as (FieldLike & { access?: { read?: unknown }; hidden?: boolean })[]).every(
    (field) => !field.access?.read && !field.hidden && readsAlike(field.flattenedFields ?? field.fields ?? []) && !(field.blocks ?? []).length,
  )

// The field types an array's rows are checked for here; anything else goes through Payload's own traversal.
const plainTypes = new Set(['array', 'checkbox', 'collapsible', 'date', 'email', 'group', 'json', 'number', 'point', 'radio', 'relationship', 'row', 'select', 'text', 'textarea', 'ui', 'upload'])
const plainFields = (fields: Field[]): boolean =>
  fields.every(
    (field) =>
      plainTypes.has(field.type) &&
      !('localized' in field && field.localized) &&
      (!('fields' in field) || plainFields(field.fields as Field[])),
  )

const labelPathOf = (parent: string, label: string | undefined) => {
  if (!label) return parent
  const capitalised = label.charAt(0).toUpperCase() + label.slice(1)
  return parent && capitalised ? `${parent} > ${capitalised}` : capitalised || parent
}

type Walk = {
  req: PayloadRequest
  config: SanitizedCollectionConfig
  id: Id
  /** The whole document being published, as validation and conditions read it. */
  data: Doc
  originalDoc: Doc
  errors: ValidationFieldError[]
}

/**
 * Payload's beforeChange of fields (beforeChange/promise.ts: condition, field hooks, validation,
 * errors with their path and label) for the rows of an array, without what makes it slow on 500
 * rows: Payload merges the whole stored document into the whole data again for each value it
 * validates. Here the data already holds the stored document (beforeValidate merged it), so each
 * value is validated against it as it is.
 */
const walkRows = async (walk: Walk, fields: Field[], siblingData: Doc, siblingDoc: Doc, parentPath: string, labelPath: string, skip: boolean): Promise<void> => {
  const { req, config, id, data, originalDoc, errors } = walk
  for (const field of fields) {
    const named = fieldAffectsData(field)
    const name = named ? (field as { name: string }).name : ''
    const path = named ? (parentPath ? `${parentPath}.${name}` : name) : parentPath
    const segments = path ? path.split('.') : []
    const label = (field as { label?: unknown }).label
    const condition = field.admin?.condition
    const skipHere =
      skip || (condition ? !condition(data, siblingData, { blockData: undefined as never, operation: 'update', path: segments, user: req.user } as never) : false)
    if (named) {
      for (const hook of (field.hooks?.beforeChange ?? []) as FieldHook[]) {
        const value = await hook({
          collection: config,
          context: req.context,
          data,
          field,
          global: undefined,
          operation: 'update',
          originalDoc,
          path: segments,
          previousSiblingDoc: siblingDoc,
          previousValue: siblingDoc[name],
          req,
          schemaPath: segments.filter((segment) => !/^\d+$/.test(segment)),
          siblingData,
          siblingFields: fields,
          value: siblingData[name],
        } as never)
        if (value !== undefined) siblingData[name] = value
      }
      const validate = (field as { validate?: (value: unknown, options: unknown) => Promise<string | true> | string | true }).validate
      if (!skipHere && validate) {
        const outcome = await validate(siblingData[name], {
          ...field,
          id,
          blockData: undefined,
          collectionSlug: config.slug,
          data,
          event: 'submit',
          operation: 'update',
          overrideAccess: false,
          path: segments,
          preferences: { fields: {} },
          previousValue: siblingDoc[name],
          req,
          siblingData,
        })
        if (typeof outcome === 'string') {
          errors.push({ label: labelPathOf(labelPath, getTranslation((label || name) as never, req.i18n)), message: outcome, path })
        }
      }
    }
    const childLabel = label === false ? labelPath : labelPathOf(labelPath, getTranslation((label || name || field.type) as never, req.i18n))
    if (field.type === 'array') {
      const rows = siblingData[name]
      if (!Array.isArray(rows)) continue
      const stored = Array.isArray(siblingDoc[name]) ? (siblingDoc[name] as Doc[]) : []
      const byId = new Map(stored.map((row) => [row.id, row]))
      for (const [index, row] of (rows as Doc[]).entries()) {
        const rowLabel = label === false ? labelPath : labelPathOf(labelPath, `${getTranslation((label || name) as never, req.i18n)} ${index + 1}`)
        await walkRows(walk, field.fields, row, (row.id !== undefined && byId.get(row.id)) || {}, `${path}.${index}`, rowLabel, skipHere)
      }
    } else if (field.type === 'group' && named) {
      if (typeof siblingData[name] !== 'object' || siblingData[name] === null) siblingData[name] = {}
      const doc = typeof siblingDoc[name] === 'object' && siblingDoc[name] !== null ? (siblingDoc[name] as Doc) : {}
      await walkRows(walk, field.fields, siblingData[name] as Doc, doc, path, childLabel, skipHere)
    } else if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group') {
      await walkRows(walk, field.fields, siblingData, siblingDoc, parentPath, field.type === 'row' ? labelPath : childLabel, skipHere)
    }
  }
}

/**
 * Every field's beforeChange hooks and validation, as Payload's update runs them: Payload's own
 * traversal for the decision's own fields, and for the rows of its arrays the same steps without
 * the per-value merge of the whole document (walkRows), when their fields are of plain kinds.
 */
const validateFields = async (
  req: PayloadRequest,
  config: SanitizedCollectionConfig,
  id: Id,
  result: Doc,
  originalDoc: Doc,
  docWithLocales: Doc,
  errors: ValidationFieldError[],
) => {
  const own = (field: Field) => field.type === 'array' && plainFields([field])
  await beforeChangeTraverseFields({
    id,
    collection: config,
    context: req.context,
    data: result,
    doc: originalDoc,
    docWithLocales,
    errors,
    fieldLabelPath: '',
    fields: config.fields.filter((field) => !own(field)),
    global: null,
    mergeLocaleActions: [],
    operation: 'update',
    overrideAccess: false,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    req,
    siblingData: result,
    siblingDoc: originalDoc,
    siblingDocWithLocales: docWithLocales,
    skipValidation: false,
  } as Parameters<typeof beforeChangeTraverseFields>[0])
  await walkRows({ req, config, id, data: result, originalDoc, errors }, config.fields.filter(own), result, originalDoc, '', '', false)
}

/** Payload's afterRead of one document at depth 0 (its own traversal, as its operations call it). */
const afterReadDoc = async (req: PayloadRequest, collection: SanitizedCollectionConfig, doc: Doc, overrideAccess: boolean, showHiddenFields: boolean) => {
  const fieldPromises: Promise<void>[] = []
  const populationPromises: Promise<void>[] = []
  afterReadTraverseFields({
    collection,
    context: req.context,
    currentDepth: 1,
    depth: 0,
    doc,
    draft: false,
    fallbackLocale: null,
    fieldDepth: 0,
    fieldPromises,
    fields: collection.fields,
    findMany: false,
    flattenLocales: true,
    global: null,
    locale: req.locale!,
    overrideAccess,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    populationPromises,
    req,
    showHiddenFields,
    siblingDoc: doc,
  } as Parameters<typeof afterReadTraverseFields>[0])
  while (fieldPromises.length > 0 || populationPromises.length > 0) {
    await Promise.all(fieldPromises.splice(0))
    await Promise.all(populationPromises.splice(0))
  }
  return doc
}

/** Payload's refusal of an update while another person edits the document in the admin (a 423). */
const refuseIfLockedByOther = async (req: PayloadRequest, slug: string, id: Id) => {
  const locks = 'payload-locked-documents'
  if (!req.payload.collections[locks as CollectionSlug] || req.payload.collections[slug as CollectionSlug]?.config.lockDocuments === false) return
  const where: Where = { and: [{ 'document.relationTo': { equals: slug } }, { 'document.value': { equals: id } }] }
  const found = await req.payload.db.find({ collection: locks, limit: 1, pagination: false, req, sort: '-updatedAt', where })
  const lock = found.docs[0] as { updatedAt?: string; user?: { value?: unknown } } | undefined
  const duration = req.payload.collections[slug as CollectionSlug]?.config.lockDocuments
  const seconds = typeof duration === 'object' && duration ? duration.duration : 300
  if (lock && lock.user?.value !== req.user?.id && Date.now() - new Date(lock.updatedAt ?? 0).getTime() <= seconds * 1000) {
    throw new Locked(`Document with ID ${id} is currently locked by another user and cannot be updated.`)
  }
  await req.payload.db.deleteMany({ collection: locks, req, where })
}

/**
 * Whether the decision's row holds what its latest version holds (no draft saved since): then its
 * arrays need not be read to be compared. Two timestamps compared, in the request's transaction.
 */
const rowIsLatest = async (req: PayloadRequest, slug: string, id: Id): Promise<boolean> => {
  const db = postgresAdapter<SqlAdapter>(req.payload)
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const session = transactionID !== undefined ? db.sessions?.[transactionID] : undefined
  const key = Number(id)
  if (!db.execute || !Number.isSafeInteger(key)) return false
  const main = db.tableNameMap?.get(slug.replace(/-/g, '_')) ?? slug.replace(/-/g, '_')
  const result = await db.execute({
    db: session?.db,
    raw: `select (v.id is null or v.version_updated_at = p.updated_at) as same from "${main}" p
          left join "_${main}_v" v on v.parent_id = p.id and v.latest where p.id = ${key}
          order by v.updated_at desc nulls last limit 1`,
  })
  return result?.rows?.[0]?.same === true
}

/**
 * Publishes a decision as Payload's update with `{ _status: 'published' }` does, in one transaction
 * (`req`'s, or one of its own): the collection's own hooks before the operation, update access (a
 * contributor never publishes: the publish guard), the admin's lock, every field's hooks and
 * validation, the collection's hooks before the change (the decision's rules against the procedures
 * as they stand), a new published version with its arrays, then the fields' and the collection's
 * hooks after the change (the audit entry, applying the due items, the content version). What it
 * leaves out is what a publish does not change: the decision's item rows are not deleted and
 * written again in its own tables (only an array a draft saved since changed is), nothing is read
 * back, and the rows of its arrays are validated without Payload's per-value merge of the whole
 * document (walkRows).
 */
export const publishDecision = async (req: PayloadRequest, options: ResolvedOptions, id: Id): Promise<Doc> => {
  const slug = options.slugs.announcements
  const collection = req.payload.collections[slug as CollectionSlug]!
  const config = collection.config
  return inTransaction(req, async () => {
    let args = {
      id,
      collection,
      data: { _status: 'published' } as Doc,
      depth: 0,
      draft: false,
      overrideAccess: false,
      req,
    }
    for (const hook of config.hooks?.beforeOperation ?? []) {
      args = ((await hook({ args, collection: config, context: req.context, operation: 'update', overrideAccess: false, req } as never)) as typeof args) || args
    }
    const latest = await rowIsLatest(req, slug, id)

    const access = await executeAccess({ id, data: args.data, req }, config.access.update)
    const where = combineQueries({ id: { equals: id } }, access)
    const docWithLocales = (await getLatestCollectionVersion({
      id,
      config,
      payload: req.payload,
      query: { collection: slug as CollectionSlug, req, where },
      req,
    })) as Doc | undefined
    if (!docWithLocales) throw typeof access === 'object' ? new Forbidden(req.t) : new NotFound(req.t)
    await refuseIfLockedByOther(req, slug, id)
    const originalDoc = await afterReadDoc(req, config, deepCopyObjectSimple(docWithLocales), true, true)

    // Before the change: the fields' own hooks (they merge the stored document into the data), the collection's, then every field validated.
    let data = deepCopyObjectSimple(args.data) as Doc
    await beforeValidateTraverseFields({
      id,
      collection: config,
      context: req.context,
      data,
      doc: originalDoc,
      docForHooks: originalDoc,
      fields: config.fields,
      global: null,
      operation: 'update',
      overrideAccess: false,
      parentIndexPath: '',
      parentIsLocalized: false,
      parentPath: '',
      parentSchemaPath: '',
      req,
      siblingData: data,
      siblingDoc: originalDoc,
    } as Parameters<typeof beforeValidateTraverseFields>[0])
    for (const hook of config.hooks?.beforeValidate ?? []) {
      data = ((await hook({ collection: config, context: req.context, data, operation: 'update', originalDoc, req })) as Doc) || data
    }
    for (const hook of config.hooks?.beforeChange ?? []) {
      data = ((await hook({ collection: config, context: req.context, data, operation: 'update', originalDoc, req })) as Doc) || data
    }
    const result = deepCopyObjectSimple({ ...data, id }) as Doc
    const errors: ValidationFieldError[] = []
    await validateFields(req, config, id, result, originalDoc, docWithLocales, errors)
    if (errors.length > 0) throw new ValidationError({ id, collection: slug, errors, req }, req.t)

    // The row: its own columns, and only those of its arrays a hook changed (the failures an edit resolved, say).
    const now = new Date().toISOString()
    const row: Doc = { ...result, updatedAt: now }
    // A draft saved since (the admin's "save draft") left the row behind the latest version: its arrays are compared with the row's own.
    const inRow = latest ? docWithLocales : ((await req.payload.db.findOne({ collection: slug, req, where: { id: { equals: id } } })) as Doc | null)
    for (const field of config.flattenedFields) {
      if (storedApart(field) && inRow && storedSame([field], result, inRow)) delete row[field.name]
    }
    await req.payload.db.updateOne({ id, collection: slug, data: row, req, returning: false })
    // The published version, whole: one insert per table, its arrays' rows included.
    const version: Doc = { ...docWithLocales, ...result, id, createdAt: docWithLocales.createdAt, updatedAt: now }
    await saveVersion({ id, autosave: false, collection: config, docWithLocales: version, draft: false, operation: 'update', payload: req.payload, req, returning: false } as Parameters<typeof saveVersion>[0])

    // After the change, as Payload's update: the document as the caller reads it, then the hooks.
    // An array the publish left as it was, with no read rule or hidden field in it, reads as it did a moment ago.
    const asRead = config.flattenedFields.filter(
      (field) => field.type === 'array' && storedSame([field], result, docWithLocales) && readsAlike([field]) && Array.isArray(originalDoc[field.name]),
    )
    const toRead = deepCopyObjectSimple(version)
    for (const field of asRead) toRead[field.name] = []
    let doc = await afterReadDoc(req, config, toRead, false, false)
    for (const field of asRead) if (field.name in doc) doc[field.name] = deepCopyObjectSimple(originalDoc[field.name])
    for (const hook of config.hooks?.afterRead ?? []) {
      doc = ((await hook({ collection: config, context: req.context, doc, overrideAccess: false, req } as never)) as Doc) || doc
    }
    // The fields' hooks after the change, for the fields that have any (an unchanged array of 500 rows without hooks is not walked).
    const hooked = config.fields.filter((field) => hasFieldHooks([field as FlattenedField], 'afterChange'))
    if (hooked.length > 0) await afterChangeTraverseFields({
      collection: config,
      context: req.context,
      data,
      doc,
      fields: hooked,
      global: null,
      operation: 'update',
      parentIndexPath: '',
      parentIsLocalized: false,
      parentPath: '',
      parentSchemaPath: '',
      previousDoc: originalDoc,
      previousSiblingDoc: originalDoc,
      req,
      siblingData: data,
      siblingDoc: doc,
    } as Parameters<typeof afterChangeTraverseFields>[0])
    for (const hook of config.hooks?.afterChange ?? []) {
      doc = ((await hook({ collection: config, context: req.context, data, doc, operation: 'update', previousDoc: originalDoc, req } as never)) as Doc) || doc
    }
    for (const hook of config.hooks?.afterOperation ?? []) {
      doc = ((await hook({ args, collection: config, operation: 'updateByID', overrideAccess: false, req, result: doc } as never)) as Doc) ?? doc
    }
    return doc
  })
}
