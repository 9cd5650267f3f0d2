import type { Config } from 'payload'

import { defaultLoggerOptions } from 'payload'

import { redactedLogPaths, redactLogLine } from './lib/logRedaction.ts'

type LoggerConfig = Config['logger']
type LoggerOptions = Extract<NonNullable<LoggerConfig>, { options: unknown }>['options']

/**
 * The host's logger with secrets and personal data cut out of every line: pino's `redact` for
 * fields it knows (a failed query's bound values, passwords, tokens, auth headers) and, last,
 * a pass over the finished line for what hides in messages and stacks (lib/logRedaction.ts).
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
        streamWrite: (line: string) => redactLogLine(streamWrite ? streamWrite(line) : line),
      },
    },
  }
}
