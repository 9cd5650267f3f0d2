/**
 * What a value sent by a client must look like before it reaches PostgreSQL: the checks behind
 * every 400 for a wrong value, with no Payload in them. PostgreSQL refuses a NUL byte in text,
 * a day that does not exist, a count past its numeric range or more than 65,535 parameters in
 * one statement, and each of those became a 500; here they become a reason.
 */
import { isValid, parseISO } from 'date-fns'

/** The limits a request stays within; each is far above what a person types or an annex holds. */
export const inputLimits = {
  /** Objects and arrays inside one another, in a body or a `where` (rich text lists nest ~2 per level). */
  nesting: 64,
  /** Characters of a text field without its own `maxLength` (Payload's `defaultMaxTextLength` when larger). */
  text: 10_000,
  /** Characters of a textarea, code or rich text string without its own `maxLength`. */
  longText: 100_000,
  /** Characters of an indexed text field: a b-tree entry holds some 2,700 bytes, 4 per character at worst. */
  indexedText: 600,
  /** An e-mail address (RFC 5321: 254 characters). */
  email: 254,
  /** Rows of an array, or ids of a has-many relationship, without their own `maxRows`. */
  rows: 1_000,
  /** Values a `where` compares against, all conditions together (PostgreSQL binds 65,535 at most). */
  whereValues: 5_000,
  /** `and` / `or` inside one another in a `where`. */
  whereNesting: 16,
  /** `page` and `limit` of a list. */
  page: 100_000,
  limit: 10_000,
} as const

/** Years a date may fall in: a legal basis from 1900 on, a plan up to 2100. */
export const dateYears = { min: 1900, max: 2100 } as const

/** PostgreSQL's `serial` ids are 4-byte integers. */
export const maxSerialId = 2_147_483_647

export const hasNul = (text: string): boolean => text.includes('\u0000')

/**
 * The ISO 8601 forms a date is sent in: a day (`2026-06-01`) or an instant (`2026-06-01T12:00:00.000Z`,
 * with or without seconds and offset). Weeks, ordinal days and six-digit years parse in JavaScript but
 * not in PostgreSQL, so they are refused here.
 */
const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/

export type DateProblem = 'notIso' | 'notADay' | 'outOfRange'

/** Why a value is not a date the database can store, or null when it is one. */
export const dateProblem = (value: unknown, years: { min: number; max: number } = dateYears): DateProblem | null => {
  let date: Date
  if (value instanceof Date) date = value
  else if (typeof value === 'string' && isoDate.test(value)) date = parseISO(value)
  else return 'notIso'
  // date-fns, not arithmetic, decides whether 30 February exists.
  if (!isValid(date)) return 'notADay'
  const year = date.getUTCFullYear()
  return year < years.min || year > years.max ? 'outOfRange' : null
}

/** A number as sent: a JSON number, or a numeral in a string (a form field); `null` for empty. */
export const numberOf = (value: unknown): number | null | undefined => {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return value
  if (typeof value === 'string') {
    const trimmed = value.trim()
    if (trimmed === '') return null
    return /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : undefined
  }
  return undefined
}

export type NumberProblem = 'notANumber' | 'notWhole' | 'tooLarge'

/**
 * Why a number cannot be stored: not finite, or past the safe integers (where 1e20 + 10 === 1e20,
 * so a sum no longer checks), or a fraction where a count is meant.
 */
export const numberProblem = (value: number, { whole }: { whole: boolean }): NumberProblem | null => {
  if (!Number.isFinite(value)) return 'notANumber'
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return 'tooLarge'
  if (whole && !Number.isInteger(value)) return 'notWhole'
  return null
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/** A Lexical editor state: `{ root: { type: 'root', children: [...] } }`, as Payload's rich text stores it. */
export const isLexicalDocument = (value: unknown): boolean => {
  if (!isPlainObject(value) || !isPlainObject(value.root)) return false
  return value.root.type === 'root' && Array.isArray(value.root.children) && value.root.children.every(isPlainObject)
}

/**
 * Whether objects and arrays nest deeper than `limit`. Iterative: a body nested 3,000 deep is what
 * overflows the stack of a recursive walk, so this one must not recurse.
 */
export const nestedDeeperThan = (value: unknown, limit: number): boolean => {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!
    if (typeof current !== 'object' || current === null || current instanceof Date) continue
    if (depth + 1 > limit) return true
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1])
    }
  }
  return false
}

/** Whether any string in a JSON value, key or value, holds a NUL (PostgreSQL's jsonb refuses `\u0000`). */
export const jsonHasNul = (value: unknown): boolean => {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (typeof current === 'string') {
      if (hasNul(current)) return true
    } else if (Array.isArray(current)) stack.push(...current)
    else if (isPlainObject(current)) {
      for (const [key, child] of Object.entries(current)) {
        if (hasNul(key)) return true
        stack.push(child)
      }
    }
  }
  return false
}

/** A document id as sent (`12`, `"12"`), in the form the database keeps it, or undefined when it cannot be one. */
export const parseDocumentId = (value: unknown, type: 'number' | 'text'): number | string | undefined => {
  if (type === 'text') return typeof value === 'string' && value !== '' && !hasNul(value) && value.length <= 255 ? value : undefined
  const id = typeof value === 'string' && /^\d{1,10}$/.test(value.trim()) ? Number(value) : value
  return typeof id === 'number' && Number.isInteger(id) && id >= 1 && id <= maxSerialId ? id : undefined
}
