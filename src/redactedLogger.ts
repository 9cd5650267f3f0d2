import type { Config } from 'payload'

import { defaultLoggerOptions } from 'payload'

import { redactedLogPaths, redactLogLine } from './lib/logRedaction.ts'

type LoggerConfig = Config['logger']
type LoggerOptions = Extract<NonNullable<LoggerConfig>, { options: unknown }>['options']
type LogMethod = NonNullable<NonNullable<LoggerOptions['hooks']>['logMethod']>

/** pino's number for the `error` level. */
const errorLevel = 50

/**
 * The 4xx an error answers with, if it is a refusal: a Payload error's `status`, or that of the
 * error a GraphQL error wraps.
 */
const refusalStatus = (entry: unknown): number | undefined => {
  const err = (entry as { err?: { status?: unknown; originalError?: { status?: unknown } } } | null)?.err
  const status = err?.status ?? err?.originalError?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

/**
 * A refused request (a 4xx: no right, not signed in, bad input) is the server doing its job, not a
 * fault: it is logged as information, one line with its message and status, not as an error with a
 * stack. Payload does this by error name (`loggingLevels`) for its own errors, but logs the plugin's
 * refusals (an `APIError` with a 4xx) and every GraphQL error (a `GraphQLError` around the refusal)
 * as errors; operators watching the error level would see citizens' and staff's mistakes, not faults.
 */
const refusalsAsInformation =
  (hostLogMethod: LogMethod | undefined): LogMethod =>
  function (args, method, level) {
    const status = level >= errorLevel ? refusalStatus(args[0]) : undefined
    if (status !== undefined) {
      const err = (args[0] as { err: { message?: unknown } }).err
      return this.info({ msg: typeof err.message === 'string' ? err.message : 'Refused', status })
    }
    return hostLogMethod ? hostLogMethod.call(this, args, method, level) : method.apply(this, args)
  }

/**
 * The host's logger with secrets and personal data cut out of every line: pino's `redact` for
 * fields it knows (a failed query's bound values, passwords, tokens, auth headers) and, last,
 * a pass over the finished line for what hides in messages and stacks (lib/logRedaction.ts).
 * Refused requests are logged at the information level (above).
 * Payload's default logger when the host sets none (JSON lines in production); a host's `{ options, destination }` keeps its
 * own settings beside these. A ready-made logger instance (or 'sync') is the host's to redact.
 */
export const withRedactedLogs = (logger: LoggerConfig): LoggerConfig => {
  if (logger === 'sync' || (logger && !('options' in logger))) return logger
  const options: LoggerOptions = logger?.options ?? {}
  const redact = options.redact
  const paths = Array.isArray(redact) ? redact : (redact?.paths ?? [])
  const streamWrite = options.hooks?.streamWrite
  return {
    // Payload's default prints for people (pino-pretty); production writes one JSON line per entry to stdout.
    destination: logger ? logger.destination : process.env.NODE_ENV === 'production' ? undefined : defaultLoggerOptions,
    options: {
      ...options,
      redact: {
        ...(Array.isArray(redact) ? {} : redact),
        paths: [...new Set([...paths, ...redactedLogPaths])],
        censor: Array.isArray(redact) ? '[redacted]' : (redact?.censor ?? '[redacted]'),
      },
      hooks: {
        ...options.hooks,
        logMethod: refusalsAsInformation(options.hooks?.logMethod),
        streamWrite: (line: string) => redactLogLine(streamWrite ? streamWrite(line) : line),
      },
    },
  }
}
