import type { CollectionBeforeOperationHook, FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { buildVersionCollectionFields, getLocalizedPaths, NotFound, QueryError, validateQueryPaths } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { composedDeep } from '../lib/composedText.ts'
import { dateProblem, hasNul, inputLimits, isPlainObject, maxSerialId, nestedDeeperThan, numberOf, parseDocumentId } from '../lib/inputValues.ts'
import { InvalidParameters } from '../requestParameters.ts'
import { formatCount, t } from '../translations/translate.ts'
import { idTypeOf } from './checkWriteData.ts'

type Problem = { path: string; message: string }

/** A parameter at fault and why (a phrase in the request's language). */
const problem = (req: PayloadRequest, path: string, why: string): Problem => ({ path, message: t(req, 'badParameter', { name: path, why }) })

/** What a `where` may compare a field with, by the kind of column PostgreSQL keeps it in. */
type Kind =
  | { kind: 'text' }
  | { kind: 'option'; options: string[] }
  | { kind: 'number' }
  | { kind: 'date' }
  | { kind: 'boolean' }
  | { kind: 'id'; idType: 'number' | 'text'; collection?: string; hasMany: boolean }
  | { kind: 'json' }
  | { kind: 'point' }
  | { kind: 'container' }

const kindOf = (req: PayloadRequest, field: FlattenedField | { name: string; type: string }): Kind => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return { kind: 'text' }
    case 'select':
    case 'radio':
      return {
        kind: 'option',
        options: (field as { options: (string | { value: string })[] }).options.map((option) =>
          typeof option === 'string' ? option : option.value,
        ),
      }
    case 'number':
      return field.name === 'id' ? { kind: 'id', idType: 'number', hasMany: false } : { kind: 'number' }
    case 'date':
      return { kind: 'date' }
    case 'checkbox':
      return { kind: 'boolean' }
    case 'relationship':
    case 'upload': {
      const { relationTo, hasMany } = field as { relationTo: string | string[]; hasMany?: boolean }
      return typeof relationTo === 'string'
        ? { kind: 'id', idType: idTypeOf(req.payload, relationTo), collection: relationTo, hasMany: Boolean(hasMany) }
        : { kind: 'json' }
    }
    case 'join': {
      const collection = (field as { collection: string | string[] }).collection
      return typeof collection === 'string'
        ? { kind: 'id', idType: idTypeOf(req.payload, collection), collection, hasMany: true }
        : { kind: 'json' }
    }
    case 'json':
    case 'richText':
      return { kind: 'json' }
    case 'point':
      return { kind: 'point' }
    default:
      return field.name === 'id' ? { kind: 'id', idType: 'text', hasMany: false } : { kind: 'container' }
  }
}

/** A path that names no field of the collection is one of its versions (`parent`, `version.title`). */
const fieldsFor = (req: PayloadRequest, collection: SanitizedCollectionConfig, path: string): FlattenedField[] => {
  const first = path.split('.')[0]
  if (!collection.versions || collection.flattenedFields.some((field) => 'name' in field && field.name === first)) return collection.flattenedFields
  return buildVersionCollectionFields(req.payload.config, collection, true) as FlattenedField[]
}

/** The field a query path ends on, or undefined for a path Payload's own validation refuses. */
const fieldAt = (req: PayloadRequest, collection: SanitizedCollectionConfig, path: string, overrideAccess: boolean) => {
  try {
    const paths = getLocalizedPaths({
      collectionSlug: collection.slug,
      fields: fieldsFor(req, collection, path),
      incomingPath: path,
      locale: req.locale ?? undefined,
      overrideAccess,
      payload: req.payload,
    })
    return { paths, last: paths.at(-1) }
  } catch {
    return undefined
  }
}

const listOf = (value: unknown): unknown[] | undefined =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : typeof value === 'number' ? [value] : undefined

const scalarFits = (kind: Kind, value: unknown): boolean => {
  if (value === null || value === undefined) return true
  switch (kind.kind) {
    case 'text':
    case 'json':
      if (typeof value === 'string') return !hasNul(value) && value.length <= inputLimits.longText
      return typeof value === 'number' || typeof value === 'boolean'
    case 'option':
      return typeof value === 'string' && (kind.options.includes(value) || value === 'null')
    case 'number': {
      const number = numberOf(value)
      return number !== undefined && (number === null || Number.isFinite(number))
    }
    case 'date':
      return value === '' || value === 'null' || dateProblem(value, { min: 1, max: 9999 }) === null
    case 'boolean':
      return typeof value === 'boolean' || (typeof value === 'string' && ['true', 'false'].includes(value.toLowerCase()))
    case 'id': {
      if (value === 'null') return true
      if (kind.idType === 'text') return parseDocumentId(value, 'text') !== undefined
      // Compared, not stored: any 4-byte integer will do, 0 and negatives included.
      const number = numberOf(value)
      return typeof number === 'number' && Number.isInteger(number) && Math.abs(number) <= maxSerialId
    }
    case 'point':
      return true
    case 'container':
      return false
  }
}

const tooManyValues = (req: PayloadRequest) => t(req, 'whereTooManyValues', { max: formatCount(req, inputLimits.whereValues) })

const countValues = (value: unknown): number => (Array.isArray(value) ? value.length : 1)

type Budget = { values: number }

/**
 * Checks a `where` against the collection's fields: its shape, each operator against the field's
 * type and each value against the column PostgreSQL compares it with, so that a text id, a day
 * that does not exist, `near` on a text field or a NUL byte is a 400 rather than a database
 * error. Paths and access are Payload's own validation (validateQueryPaths), which runs next.
 */
const checkWhere = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  where: unknown,
  at: string,
  depth: number,
  budget: Budget,
  problems: Problem[],
) => {
  if (where === undefined || where === null) return
  if (!isPlainObject(where)) return problems.push(problem(req, at, t(req, 'whereNotObject')))
  if (depth > inputLimits.whereNesting) return problems.push(problem(req, at, t(req, 'whereTooDeep', { max: inputLimits.whereNesting })))
  for (const [key, constraint] of Object.entries(where)) {
    const here = `${at}.${key}`
    if (['and', 'or'].includes(key.toLowerCase())) {
      if (!Array.isArray(constraint)) {
        problems.push(problem(req, here, t(req, 'whereAndOr')))
        continue
      }
      constraint.forEach((inner, index) => checkWhere(req, collection, inner, `${here}.${index}`, depth + 1, budget, problems))
      continue
    }
    if (!isPlainObject(constraint)) {
      problems.push(problem(req, here, t(req, 'notOperators')))
      continue
    }
    const resolved = fieldAt(req, collection, key.replace(/__/g, '.'), true)
    const field = resolved && !resolved.paths.some((path) => path.invalid) ? resolved.last?.field : undefined
    for (const [operator, value] of Object.entries(constraint)) {
      const there = `${here}.${operator}`
      if (!(validOperatorSet as ReadonlySet<string>).has(operator)) {
        problems.push(problem(req, there, t(req, 'unknownOperator', { operator })))
        continue
      }
      budget.values += countValues(value)
      if (budget.values > inputLimits.whereValues) return problems.push(problem(req, at, tooManyValues(req)))
      // An unknown path is refused by Payload's validation; its value has no column to fit.
      if (!field) continue
      const kind = kindOf(req, field)
      // A JSON or rich-text column itself (not a path inside it) compares as a whole: PostgreSQL has
      // no text match on jsonb, so like/contains work only on paths into the document.
      const wholeJson = kind.kind === 'json' && key.replace(/__/g, '.').split('.').at(-1) === field.name
      const wrongOperator = () => problems.push(problem(req, there, t(req, 'operatorForType', { operator, type: field.type })))
      const wrongValue = (item: unknown) => problems.push(problem(req, there, t(req, 'valueForType', { type: field.type, value: String(item).slice(0, 40) })))
      switch (operator) {
        case 'exists':
          if (!scalarFits({ kind: 'boolean' }, value) || value === null) wrongValue(value)
          break
        case 'near':
        case 'within':
        case 'intersects':
          if (kind.kind !== 'point') wrongOperator()
          break
        // The PostgreSQL adapter has no `all` (its operator map leaves it to do).
        case 'all':
          wrongOperator()
          break
        case 'like':
        case 'not_like':
          if ((kind.kind !== 'text' && kind.kind !== 'json') || wholeJson) wrongOperator()
          else if (typeof value !== 'string' || !scalarFits(kind, value)) wrongValue(value)
          break
        case 'contains':
          if (kind.kind === 'id' && kind.collection && isPlainObject(value)) {
            // A query into the related documents (has-many relationships and joins).
            const related = req.payload.collections[kind.collection]?.config
            if (related) checkWhere(req, related, value, there, depth + 1, budget, problems)
          } else if (kind.kind === 'text' || (kind.kind === 'json' && !wholeJson)) {
            if (typeof value !== 'string' || !scalarFits(kind, value)) wrongValue(value)
          } else if ((kind.kind === 'id' && kind.hasMany) || kind.kind === 'option') {
            if (!scalarFits(kind, value)) wrongValue(value)
          } else wrongOperator()
          break
        case 'in':
        case 'not_in': {
          if (kind.kind === 'container') {
            wrongOperator()
            break
          }
          // Inside JSON the adapter writes the list into SQL itself, and only a list.
          const items = kind.kind === 'json' && !Array.isArray(value) ? undefined : listOf(value)
          if (!items) wrongValue(value)
          else if (items.length > inputLimits.whereValues) problems.push(problem(req, there, tooManyValues(req)))
          else {
            const wrong = items.find((item) => !scalarFits(kind, typeof item === 'string' ? item.trim() : item))
            if (wrong !== undefined) wrongValue(wrong)
          }
          break
        }
        default:
          // Inside JSON the adapter knows equality only; greater_than has no SQL there.
          if (kind.kind === 'container' || (kind.kind === 'json' && operator !== 'equals' && operator !== 'not_equals')) wrongOperator()
          else if (!scalarFits(kind, value)) wrongValue(value)
      }
    }
  }
}

/**
 * Sort paths the caller may not read are refused. Payload checks field access on sort paths but
 * skips a path that runs into a hidden field, so `sort=author.hash` reached the database and
 * ordered the posts by a password hash; here every segment must be a field the caller may query.
 */
const checkSort = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  sort: unknown,
  at: string,
  overrideAccess: boolean,
  problems: Problem[],
) => {
  if (sort === undefined || sort === null || sort === '') return
  const entries = (Array.isArray(sort) ? sort : [sort]).flatMap((entry) => (typeof entry === 'string' ? entry.split(',') : [entry]))
  for (const entry of entries) {
    if (typeof entry !== 'string' || !/^-?\w+(?:\.\w+)*$/.test(entry.trim())) {
      problems.push(problem(req, at, t(req, 'sortNotReadable', { path: String(entry).slice(0, 40) })))
      continue
    }
    const path = entry.trim().replace(/^-/, '').replace(/__/g, '.')
    const first = path.split('.')[0]!
    // Paths of the versions table (`version.title`, `parent`) are Payload's to check.
    if (overrideAccess || path === 'id' || !collection.flattenedFields.some((field) => 'name' in field && field.name === first)) continue
    const resolved = fieldAt(req, collection, path, false)
    let refused = !resolved || resolved.paths.some((segment) => segment.invalid)
    // Field access is worth asking only through a relationship or for a field that has its own;
    // the portal's everyday `sort=-publishedAt` costs no permission lookup.
    const plain = resolved?.paths.length === 1 && !(resolved.last?.field as { access?: { read?: unknown } } | undefined)?.access?.read
    if (!refused && !plain) {
      try {
        await validateQueryPaths({ collectionConfig: collection, overrideAccess: false, req, where: { [path]: { exists: true } } })
      } catch (error) {
        if (!(error instanceof QueryError)) throw error
        refused = true
      }
    }
    if (refused) problems.push(problem(req, at, t(req, 'sortNotReadable', { path })))
  }
}

const checkWhole = (req: PayloadRequest, value: unknown, at: string, min: number, max: number, problems: Problem[]) => {
  if (value === undefined || value === null) return
  const number = numberOf(value)
  if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
    problems.push(problem(req, at, t(req, 'wholeInRange', { min, max: formatCount(req, max) })))
  }
}

type QueryArgs = {
  id?: unknown
  where?: unknown
  sort?: unknown
  page?: unknown
  limit?: unknown
  joins?: unknown
  overrideAccess?: boolean
}

/**
 * Refuses a read, count, update or delete whose query the database cannot run (400 naming the
 * parameter), and answers 404 for an id that cannot name a document (`/api/cchc-posts/abc`,
 * `/99999999999999999999`), before Payload builds any SQL from them. GraphQL, REST and the Local
 * API all pass here.
 */
export const checkQueryArgs: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (operation === 'create') return args
  const query = args as QueryArgs
  const problems: Problem[] = []

  const idType = idTypeOf(req.payload, collection.slug)
  if (query.id !== undefined && query.id !== null && parseDocumentId(query.id, idType) === undefined) {
    // A caller that asked for null instead of a 404 gets it: an id no row has.
    if ((args as { disableErrors?: boolean }).disableErrors) return { ...args, id: idType === 'number' ? 0 : '' }
    throw new NotFound(req.t)
  }
  if (query.where !== undefined && nestedDeeperThan(query.where, inputLimits.nesting)) {
    problems.push(problem(req, 'where', t(req, 'whereTooDeep', { max: inputLimits.whereNesting })))
  } else {
    checkWhere(req, collection, query.where, 'where', 0, { values: 0 }, problems)
  }
  await checkSort(req, collection, query.sort, 'sort', Boolean(overrideAccess ?? query.overrideAccess), problems)
  checkWhole(req, query.page, 'page', 1, inputLimits.page, problems)
  checkWhole(req, query.limit, 'limit', 0, inputLimits.limit, problems)

  if (isPlainObject(query.joins)) {
    for (const [name, join] of Object.entries(query.joins)) {
      const field = collection.flattenedFields.find((candidate) => candidate.type === 'join' && candidate.name === name)
      const target = field?.type === 'join' ? field.collection : undefined
      const joined = typeof target === 'string' ? req.payload.collections[target]?.config : undefined
      if (!joined || !isPlainObject(join)) continue
      const at = `joins.${name}`
      checkWhere(req, joined, join.where, `${at}.where`, 0, { values: 0 }, problems)
      await checkSort(req, joined, join.sort, `${at}.sort`, Boolean(overrideAccess ?? query.overrideAccess), problems)
      checkWhole(req, join.page, `${at}.page`, 1, inputLimits.page, problems)
      checkWhole(req, join.limit, `${at}.limit`, 0, inputLimits.limit, problems)
    }
  }

  if (problems.length > 0) throw new InvalidParameters(problems)
  // Compared in composed Unicode, as the text is stored (checkWriteData).
  const where = composedDeep(query.where)
  const joins = composedDeep(query.joins)
  return where === query.where && joins === query.joins ? args : ({ ...args, where, joins } as typeof args)
}
