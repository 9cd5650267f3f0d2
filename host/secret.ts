import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * PAYLOAD_SECRET signs sessions. Production refuses to start without it; development keeps a
 * generated one in `.data/` (never committed) so sessions survive restarts.
 */
const missingSecret =
  'PAYLOAD_SECRET is not set. Production refuses to start without it. / Chưa đặt PAYLOAD_SECRET: môi trường production không khởi động khi thiếu biến này.'

/** Stops a production server at start-up, before it serves anything, when the secret is missing. */
export const assertProductionSecret = (production = process.env.NODE_ENV === 'production'): void => {
  if (production && !process.env.PAYLOAD_SECRET) {
    console.error(missingSecret)
    process.exit(1)
  }
}

export const payloadSecret = (dataDir: string): string => {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) return fromEnv
  // `next build` evaluates the config without serving anything: no secret is needed to compile.
  if (process.env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder'
  if (process.env.NODE_ENV === 'production') {
    throw new Error(missingSecret)
  }
  const file = path.join(dataDir, 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
