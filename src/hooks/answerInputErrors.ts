import type { AfterErrorHook, PayloadRequest } from 'payload'

import { inputLimits } from '../lib/inputValues.ts'
import { type MessageKey, t } from '../translations/translate.ts'

type Answer = { status: number; message: string; errors?: { path: string; message: string }[] }

/** PostgreSQL's SQLSTATE of an error, wherever the driver and the ORM wrapped it. */
const sqlStateOf = (error: unknown): string | undefined => {
  for (let current = error, hops = 0; current && hops < 5; hops++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && 'severity' in (current as object)) return code
    current = (current as { cause?: unknown; originalError?: unknown }).cause ?? (current as { originalError?: unknown }).originalError
  }
  return undefined
}

/**
 * What PostgreSQL refuses because of what the request sent, by SQLSTATE: class 22 (a value that
 * does not fit its column: a NUL byte, 30 February, a number past its range, a LIMIT below 0),
 * a link to a row that is not there, a value past a limit (an index entry over 2,700 bytes), a
 * query nested too deep, a statement with more than 65,535 parameters. Errors of our own SQL
 * (an unknown column or operator) are not among them: they stay 500.
 */
const databaseReasons = {
  '23503': 'databaseMissingLink',
  '54000': 'databaseValueTooLarge',
  '54001': 'databaseTooComplex',
  '08P01': 'databaseTooManyValues',
} as const satisfies Record<string, MessageKey>

const isJson = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/** Which part of the request held the JSON that would not parse. */
const unparsedPart = (req: PayloadRequest): string => {
  const query = (req.query ?? {}) as Record<string, unknown>
  for (const name of ['where', 'data']) {
    if (typeof query[name] === 'string' && !isJson(query[name] as string)) return name
  }
  return (req.headers.get('content-type') ?? '').includes('multipart/') ? '_payload' : 'body'
}

const answerFor = (error: unknown, req: PayloadRequest): Answer | undefined => {
  // GraphQL wraps the error the resolver threw.
  const original = (error as { originalError?: unknown }).originalError ?? error
  const status = (original as { status?: unknown }).status
  // Payload's own answer to a JSON body that does not parse, in English only.
  if (status === 400 && (original as Error).message === 'Invalid JSON') return { status, message: t(req, 'jsonUnreadable', { part: 'body' }) }
  // Payload's own answer to a `where` on a path that is not there or not readable, in English and
  // naming the versions table's path ("version.nosuch"): the field as the request named it.
  if (status === 400 && (original as Error).name === 'QueryError') {
    const paths = (((original as { data?: unknown }).data ?? []) as { path?: string }[]).map(({ path }) => String(path ?? '').replace(/^version\./, ''))
    const errors = paths.map((path) => ({ path: `where.${path}`, message: t(req, 'badParameter', { name: `where.${path}`, why: t(req, 'whereNotQueryable', { path }) }) }))
    return errors.length > 0 ? { status, message: errors[0]!.message, errors } : undefined
  }
  // Payload's refusal of a write while someone else has the document open in the admin, in English
  // and naming the ID ("Document with ID 7 is currently locked by another user…").
  if (status === 423 && (original as Error).name === 'Locked') return { status, message: t(req, 'documentLocked') }
  if (typeof status === 'number' && status < 500) return undefined
  const state = sqlStateOf(error)
  if (state) {
    const reason = databaseReasons[state as keyof typeof databaseReasons] ?? (state.startsWith('22') ? 'databaseDataException' : undefined)
    if (reason) return { status: state === '08P01' ? 413 : 400, message: t(req, 'databaseRefused', { reason: t(req, reason) }) }
    return undefined
  }
  if (original instanceof SyntaxError) return { status: 400, message: t(req, 'jsonUnreadable', { part: unparsedPart(req) }) }
  if (original instanceof RangeError && /call stack/i.test(original.message)) return { status: 400, message: t(req, 'tooDeep', { max: inputLimits.nesting }) }
  // Payload turns every error of its multipart parser into a 500; before the form is read, an
  // error on a multipart request can only be the form itself.
  if ((req.headers.get('content-type') ?? '').includes('multipart/') && req.data === undefined && !req.file && !req.files) {
    const reason = (original as Error).message ?? ''
    return { status: /limit/i.test(reason) ? 413 : 400, message: t(req, 'formUnreadable') }
  }
  return undefined
}

/**
 * The last line of defence, for REST and GraphQL alike: an error that a malformed request caused
 * and that no check caught earlier (PostgreSQL refusing a value, JSON that does not parse, a
 * stack overflowed by nesting, a multipart form that cannot be read) answers 400 with a reason
 * in Payload's error shape, instead of 500. Errors of the server itself stay 500. The checks that
 * come first are checkWriteData and checkQueryArgs; this catches what they do not know about.
 */
export const answerInputErrors: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const answer = answerFor(error, req)
  if (!answer) return
  if (graphqlResult) {
    return {
      graphqlResult: { ...graphqlResult, message: answer.message, extensions: { ...graphqlResult.extensions, statusCode: answer.status } },
    }
  }
  return { response: { errors: [{ message: answer.message, ...(answer.errors ? { data: { errors: answer.errors } } : {}) }] }, status: answer.status }
}
