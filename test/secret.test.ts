/** Production refuses to start without PAYLOAD_SECRET; development keeps a generated one in .data/. */
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { payloadSecret } from '../host/secret.ts'

afterEach(() => vi.unstubAllEnvs())

describe('PAYLOAD_SECRET', () => {
  it('production refuses to start without it', () => {
    vi.stubEnv('PAYLOAD_SECRET', '')
    vi.stubEnv('NODE_ENV', 'production')
    expect(() => payloadSecret(mkdtempSync(path.join(tmpdir(), 'secret-')))).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('uses the environment when set', () => {
    vi.stubEnv('PAYLOAD_SECRET', 'from-env')
    vi.stubEnv('NODE_ENV', 'production')
    expect(payloadSecret('/nonexistent')).toBe('from-env')
  })

  it('development generates one into the data folder, readable only by its owner, and keeps it', () => {
    vi.stubEnv('PAYLOAD_SECRET', '')
    vi.stubEnv('NODE_ENV', 'development')
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'secret-')), '.data')
    const first = payloadSecret(dir)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(readFileSync(path.join(dir, 'payload-secret'), 'utf8')).toBe(first)
    expect(statSync(path.join(dir, 'payload-secret')).mode & 0o077).toBe(0)
    expect(payloadSecret(dir)).toBe(first)
  })
})
