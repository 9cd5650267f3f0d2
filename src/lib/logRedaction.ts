/**
 * Secrets and personal data that must never reach a log line, as they appear in one (a JSON line,
 * strings escaped): whatever a library put in a message or a stack, it is cut out here, last.
 */
const patterns: [RegExp, string][] = [
  // Drizzle's "Failed query: … params: <every bound value>" (a password's salt and hash, e-mails);
  // the values run to the end of the line or of the JSON string.
  [/params: (?:\\[^n]|[^"\\])*/g, 'params: [redacted]'],
  // PostgreSQL's details quote the row or the key: "Failing row contains (…)", "Key (email)=(…)".
  [/Failing row contains (?:\\[^n]|[^"\\])*/g, 'Failing row contains [redacted]'],
  [/Key \((?:\\[^n]|[^"\\])*/g, 'Key [redacted]'],
  // Password hashes (Payload's current and legacy), salts, reset tokens: long hexadecimal runs.
  [/pbkdf2-sha256-v1:[0-9a-f]+/gi, '[redacted]'],
  [/\b[0-9a-f]{32,}\b/gi, '[redacted]'],
  // Session tokens (JWT).
  [/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[redacted]'],
  // E-mail addresses.
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
]

/** A log line with every secret and address above replaced; the JSON stays valid. */
export const redactLogLine = (line: string): string => patterns.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), line)

/** Structured fields never logged (pino `redact` paths). */
export const redactedLogPaths = [
  'err.params',
  'err.cause.params',
  'err.detail',
  'err.cause.detail',
  'params',
  'detail',
  '*.password',
  '*.hash',
  '*.salt',
  '*.token',
  '*.resetPasswordToken',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
]
