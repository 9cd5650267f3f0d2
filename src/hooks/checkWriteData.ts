import type { CollectionBeforeOperationHook, FlattenedField, Payload, PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import { isWholeNumberField } from '../fields/wholeNumber.ts'
import {
  dateProblem,
  dateYears,
  hasNul,
  parseDocumentId,
  inputLimits,
  isLexicalDocument,
  isPlainObject,
  jsonHasNul,
  nestedDeeperThan,
  numberOf,
  numberProblem,
} from '../lib/inputValues.ts'
import { composed, composedDeep } from '../lib/composedText.ts'
import { formatCount, t } from '../translations/translate.ts'

type Label = string | Record<string, string>
type Problem = { path: string; message: string; label?: Label }
type Link = { collection: string; id: number | string; path: string; label?: Label }
type Found = { problems: Problem[]; links: Link[] }

const labelOf = (field: FlattenedField): Label | undefined => {
  const label = (field as { label?: unknown }).label
  return typeof label === 'string' || (isPlainObject(label) && Object.values(label).every((part) => typeof part === 'string'))
    ? (label as Label)
    : undefined
}

/** The id type of a collection: its own `id` field's, else the database's (`serial` numbers here). */
export const idTypeOf = (payload: Payload, slug: string): 'number' | 'text' =>
  (payload.collections[slug] as { customIDType?: 'number' | 'text' } | undefined)?.customIDType ??
  (payload.db.defaultIDType === 'text' ? 'text' : 'number')

// Payload reads these as "no relationship" (beforeValidate's own sanitising).
const emptyRelation = (value: unknown) => value === null || value === undefined || value === '' || value === 'none' || value === 'null'

const optionValues = (field: { options: readonly (string | { value: string })[] }) =>
  field.options.map((option) => (typeof option === 'string' ? option : option.value))

/**
 * The most characters the database takes: a b-tree index entry holds some 2,700 bytes, so indexed
 * text stops at 600 characters (4 bytes each at worst). A field's own, smaller `maxLength` is
 * Payload's validation, which names it with the field's other errors.
 */
const textLimit = (field: FlattenedField & { maxLength?: number; index?: boolean; unique?: boolean }, fallback: number) =>
  field.index || field.unique ? inputLimits.indexedText : Math.max(field.maxLength ?? 0, fallback)

/**
 * Every value a write sends, checked against its field before any hook or the database sees it:
 * the right type, no NUL byte, within its length, row count and number range, real dates, rich
 * text that is a Lexical document, links to documents that exist. Fields the request leaves out
 * are not looked at (whether they are required is Payload's validation).
 */
const checkFields = (req: PayloadRequest, fields: readonly FlattenedField[], data: Record<string, unknown>, prefix: string, found: Found) => {
  const { payload } = req
  for (const field of fields) {
    if (!('name' in field) || field.type === 'join' || (field as { virtual?: unknown }).virtual) continue
    if (!(field.name in data)) continue
    const value = data[field.name]
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const refuse = (message: string, at = path) => found.problems.push({ path: at, message, label: labelOf(field) })
    const each = (check: (item: unknown, at: string) => void) => {
      if (value === null || value === undefined) return
      if (!Array.isArray(value)) return refuse(t(req, 'notArray'))
      const max = (field as { maxRows?: number }).maxRows ?? inputLimits.rows
      if (value.length > max) return refuse(t(req, 'tooManyRows', { max: formatCount(req, max) }))
      value.forEach((item, index) => check(item, `${path}.${index}`))
    }

    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'code':
      case 'email': {
        const max =
          field.type === 'email' ? inputLimits.email : textLimit(field, field.type === 'text' ? inputLimits.text : inputLimits.longText)
        const checkText = (item: unknown, at: string) => {
          if (item === null || item === undefined) return
          if (typeof item !== 'string') return refuse(t(req, 'notText'), at)
          if (hasNul(item)) return refuse(t(req, 'nul'), at)
          if (item.length > max) refuse(t(req, 'tooLong', { max: formatCount(req, max) }), at)
        }
        if (field.type === 'text' && field.hasMany) each(checkText)
        else checkText(value, path)
        // Stored and compared in composed Unicode, whichever way the letters were typed.
        data[field.name] = Array.isArray(value) ? value.map(composed) : composed(value)
        break
      }
      case 'number': {
        const checkNumber = (item: unknown, at: string) => {
          const number = numberOf(item)
          if (number === null) return
          if (number === undefined) return refuse(t(req, 'notNumber'), at)
          const problem = numberProblem(number, { whole: isWholeNumberField(field) })
          if (problem === 'notANumber') return refuse(t(req, 'notNumber'), at)
          if (problem === 'tooLarge') return refuse(t(req, 'numberTooLarge', { value: number, max: Number.MAX_SAFE_INTEGER }), at)
          if (problem === 'notWhole') refuse(t(req, 'notWhole', { value: number }), at)
        }
        if (field.hasMany) each(checkNumber)
        else checkNumber(value, path)
        break
      }
      case 'date': {
        if (value === null || value === undefined) break
        const problem = dateProblem(value)
        if (problem === 'notIso') refuse(t(req, 'notIsoDate'))
        else if (problem === 'notADay') refuse(t(req, 'notADay', { value: String(value) }))
        else if (problem === 'outOfRange') refuse(t(req, 'dateOutOfRange', dateYears))
        break
      }
      case 'checkbox':
        if (!(value === null || typeof value === 'boolean' || value === 'true' || value === 'false' || value === '')) {
          refuse(t(req, 'notBoolean'))
        }
        break
      case 'select':
      case 'radio': {
        const allowed = optionValues(field)
        const checkOption = (item: unknown, at: string) => {
          if (item === null || item === undefined) return
          if (typeof item !== 'string' || !allowed.includes(item)) refuse(t(req, 'notOption', { options: allowed.join(', ') }), at)
        }
        if (field.type === 'select' && field.hasMany) each(checkOption)
        else checkOption(value, path)
        break
      }
      case 'relationship':
      case 'upload': {
        /**
         * Checks one link and answers it as stored: a numeric string ("6", as a form or a query
         * string sends it) becomes the id its collection stores (6), which Payload's own
         * validation would refuse, in English.
         */
        const checkLink = (item: unknown, at: string): unknown => {
          if (emptyRelation(item)) return item
          let collection: string
          let raw: unknown
          if (Array.isArray(field.relationTo)) {
            if (!isPlainObject(item) || typeof item.relationTo !== 'string' || !field.relationTo.includes(item.relationTo)) {
              refuse(t(req, 'notOption', { options: field.relationTo.join(', ') }), at)
              return item
            }
            collection = item.relationTo
            raw = isPlainObject(item.value) ? item.value.id : item.value
          } else {
            collection = field.relationTo
            raw = isPlainObject(item) ? item.id : item
          }
          const id = parseDocumentId(raw, idTypeOf(payload, collection))
          if (id === undefined) {
            refuse(t(req, 'notId', { value: String(typeof raw === 'object' ? JSON.stringify(raw) : raw).slice(0, 40) }), at)
            return item
          }
          found.links.push({ collection, id, path: at, label: labelOf(field) })
          if (Array.isArray(field.relationTo)) {
            const link = item as Record<string, unknown>
            return { ...link, value: isPlainObject(link.value) ? { ...link.value, id } : id }
          }
          return isPlainObject(item) ? { ...item, id } : id
        }
        if (field.hasMany) {
          // Payload reads '', 'none' and null as "none" for a has-many field too.
          if (!emptyRelation(value)) {
            const stored: unknown[] = []
            each((item, at) => stored.push(checkLink(item, at)))
            if (Array.isArray(value) && stored.length === value.length) data[field.name] = stored
          }
        } else data[field.name] = checkLink(value, path)
        break
      }
      case 'richText': {
        if (value === null || value === undefined) break
        let document: unknown = value
        if (typeof value === 'string') {
          try {
            document = JSON.parse(value)
          } catch {
            document = undefined
          }
        }
        if (!isLexicalDocument(document)) refuse(t(req, 'notRichText'))
        else if (jsonHasNul(document)) refuse(t(req, 'nul'))
        else data[field.name] = composedDeep(value)
        break
      }
      case 'json':
        if (jsonHasNul(value)) refuse(t(req, 'nul'))
        else data[field.name] = composedDeep(value)
        break
      case 'point':
        if (value === null || value === undefined) break
        if (!Array.isArray(value) || value.length !== 2 || value.some((part) => !Number.isFinite(numberOf(part) ?? Number.NaN))) {
          refuse(t(req, 'notPoint'))
        }
        break
      case 'group':
      case 'tab':
        if (value === null || value === undefined) break
        if (!isPlainObject(value)) refuse(t(req, 'notObject'))
        else checkFields(req, field.flattenedFields, value, path, found)
        break
      case 'array':
        // Payload reads 0 and '0' as "no rows".
        if (value === 0 || value === '0') break
        each((row, at) => {
          if (!isPlainObject(row)) return refuse(t(req, 'notObject'), at)
          checkFields(req, field.flattenedFields, row, at, found)
        })
        break
      case 'blocks':
        if (value === 0 || value === '0') break
        each((row, at) => {
          if (!isPlainObject(row)) return refuse(t(req, 'notObject'), at)
          const slug = row.blockType
          const blocks = [...(field.blockReferences ?? field.blocks)].map((block) =>
            typeof block === 'string' ? (payload.blocks[block] as { slug: string; flattenedFields: FlattenedField[] } | undefined) : block,
          )
          const block = blocks.find((candidate) => candidate?.slug === slug)
          if (!block) return refuse(t(req, 'unknownBlock', { blockType: String(slug) }), `${at}.blockType`)
          checkFields(req, block.flattenedFields, row, at, found)
        })
        break
    }
  }
}

/** Links to ids that are not there: one query per collection, inside the request's transaction. */
const missingLinks = async (req: PayloadRequest, links: Link[]): Promise<Problem[]> => {
  const problems: Problem[] = []
  const byCollection = new Map<string, Link[]>()
  for (const link of links) byCollection.set(link.collection, [...(byCollection.get(link.collection) ?? []), link])
  for (const [collection, wanted] of byCollection) {
    const ids = [...new Set(wanted.map((link) => link.id))]
    const present = await req.payload.find({
      collection: collection,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      trash: true,
      req,
      select: {},
    })
    const existing = new Set(present.docs.map((doc) => String((doc as { id: number | string }).id)))
    for (const link of wanted) {
      if (!existing.has(String(link.id))) problems.push({ path: link.path, message: t(req, 'missingDocument', { id: link.id }), label: link.label })
    }
  }
  return problems
}

/**
 * Refuses a create or update whose data does not fit its fields, with a 400 naming every field at
 * fault (Payload's ValidationError shape), before any hook, file handling or write runs. Payload's
 * own validation is not enough: draft saves and autosave skip it, it coerces `"abc"` into a number
 * field to null and stores `{ "a": 1 }` in a text field as text, and it trusts relationship ids,
 * so a wrong one was a foreign-key violation (500). It runs on every path a write takes (REST,
 * GraphQL, the Local API, duplicates, bulk updates). Text, rich text and JSON values are put in
 * composed Unicode (NFC) here, the one place every write passes.
 */
export const checkWriteData: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  // Logging in, asking for a reset or an unlock look an account up by e-mail: the rules of storing one.
  if (operation === 'login' || operation === 'forgotPassword' || operation === 'unlock') {
    const sent = (args as { data?: unknown }).data
    const found: Found = { problems: [], links: [] }
    const lookup = collection.flattenedFields.filter((field) => 'name' in field && (field.name === 'email' || field.name === 'username'))
    if (isPlainObject(sent)) checkFields(req, lookup, sent, '', found)
    if (found.problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: found.problems, req }, req.t)
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  let data = (args as { data?: unknown }).data
  // A duplicate or an upload may come with no data at all; anything else must send an object.
  if (data === undefined && (req.file || (args as { duplicateFromID?: unknown }).duplicateFromID !== undefined)) data = {}
  // Payload spreads an upload's data into a new object before any hook (an array body arrives as {}): look at the body as sent.
  const sent = collection.upload && req.payloadAPI === 'REST' && req.data !== undefined ? req.data : data
  if (!isPlainObject(data) || !isPlainObject(sent)) throw new APIError(t(req, 'bodyNotObject'), 400, null, true)
  if (nestedDeeperThan(data, inputLimits.nesting)) throw new APIError(t(req, 'tooDeep', { max: inputLimits.nesting }), 400, null, true)

  const found: Found = { problems: [], links: [] }
  checkFields(req, collection.flattenedFields, data, '', found)
  if (collection.auth && data.password !== undefined && data.password !== null && typeof data.password !== 'string') {
    found.problems.push({ path: 'password', message: t(req, 'notText') })
  }
  // The server's own writes (access overridden: publishing a decision creates hundreds of
  // procedures) link ids it has just read; the foreign key still guards them, one query fewer each.
  if (found.problems.length === 0 && found.links.length > 0 && !(overrideAccess ?? (args as { overrideAccess?: boolean }).overrideAccess)) {
    found.problems.push(...(await missingLinks(req, found.links)))
  }
  if (found.problems.length > 0) {
    throw new ValidationError({ collection: collection.slug, errors: found.problems, req }, req.t)
  }
  return data === (args as { data?: unknown }).data ? args : { ...args, data }
}
