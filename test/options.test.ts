/** Option validation happens once, at config time, and names the wrong option. No database here. */
import type { Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { cchcPlugin, defaultUnits } from '../src/index.ts'
import { transactionLimit } from '../src/db/transactionGate.ts'
import { resolveOptions } from '../src/options.ts'

const hostConfig = (): Config =>
  ({
    collections: [{ slug: 'users', auth: true, fields: [] }],
    secret: 'x',
  }) as unknown as Config

describe('plugin options', () => {
  it('defaults: users as auth collection, the six units of the letter', () => {
    const options = resolveOptions()
    expect(options.authCollection).toBe('users')
    expect(options.disabled).toBe(false)
    expect(options.seedUnits).toEqual(defaultUnits)
    expect((options.seedUnits as typeof defaultUnits).map((u) => u.code)).toEqual([
      'ttdvsnc',
      'vhxh',
      'ttpvhcc',
      'vp-hdnd-ubnd',
      'kinh-te',
      'mttq',
    ])
  })

  it('the letter: ttdvsnc edits, vhxh coordinates, the others contribute', () => {
    const byCode = Object.fromEntries(defaultUnits.map((u) => [u.code, u]))
    expect(byCode.ttdvsnc!.accessLevel).toBe('editor')
    expect(byCode.vhxh).toMatchObject({ accessLevel: 'contributor', isCoordinator: true })
    const others = defaultUnits.filter((u) => !['ttdvsnc', 'vhxh'].includes(u.code))
    expect(others.every((u) => u.accessLevel === 'contributor' && !u.isCoordinator)).toBe(true)
  })

  it.each([
    [{ authColection: 'users' }, 'authColection'],
    [{ authCollection: 42 }, 'authCollection'],
    [{ authCollection: 'Users With Spaces' }, 'authCollection'],
    [{ disabled: 'yes' }, 'disabled'],
    [{ seedUnits: [{ code: 'Bad Code', name: 'x', shortName: 'x', kind: 'center', accessLevel: 'editor' }] }, 'seedUnits.0.code'],
    [{ seedUnits: [{ code: 'abc', name: 'x', shortName: 'x', kind: 'center', accessLevel: 'owner' }] }, 'seedUnits.0.accessLevel'],
    [{ cronSecret: 'short' }, 'cronSecret'],
    [{ trustedProxies: -1 }, 'trustedProxies'],
    [{ accounts: { minPasswordLength: 8 } }, 'accounts.minPasswordLength'],
    [{ accounts: { login: { perClient: [{ limit: 0, windowSeconds: 60 }] } } }, 'accounts.login.perClient.0.limit'],
    [{ auditLog: { retentionDays: 0 } }, 'auditLog.retentionDays'],
    [{ isAdministrator: 'admin@xa.example' }, 'isAdministrator'],
    [{ announcements: { defaultIssuer: '' } }, 'announcements.defaultIssuer'],
  ])('refuses %j, naming `%s`', (options, name) => {
    expect(() => cchcPlugin(options as never)(hostConfig())).toThrow(`option \`${name}\``)
  })

  it('refuses duplicate unit codes', () => {
    const unit = defaultUnits[0]!
    expect(() => resolveOptions({ seedUnits: [unit, unit] })).toThrow('unit codes must be unique')
  })

  it('refuses an auth collection the config does not have', () => {
    expect(() => cchcPlugin({ authCollection: 'members' })(hostConfig())).toThrow(
      /option `authCollection`: "members" is not an auth collection/,
    )
  })

  it('adds the units collection and the user fields, wrapping the host access', () => {
    const config = cchcPlugin()(hostConfig())
    const slugs = config.collections!.map((c) => c.slug)
    expect(slugs).toContain('units')
    const users = config.collections!.find((c) => c.slug === 'users')!
    const fieldNames = users.fields.map((f) => ('name' in f ? f.name : ''))
    expect(fieldNames).toEqual(expect.arrayContaining(['unit', 'isSystemAdmin']))
    expect(typeof users.access?.update).toBe('function')
    expect(typeof config.onInit).toBe('function')
  })

  it('adds its collections and tasks after the host’s own, and its endpoints on their collections', () => {
    const host = hostConfig()
    host.endpoints = [{ path: '/host', method: 'get', handler: () => Response.json({}) }]
    host.jobs = { tasks: [{ slug: 'hostTask', handler: async () => ({ output: {} }) }] }
    const config = cchcPlugin()(host)
    expect(config.collections!.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['procedures', 'procedure-announcements', 'procedure-results', 'cchc-reports']),
    )
    // An endpoint of one collection sits on it; the host's own stay where they were, first; only
    // cross-collection ones (health, feeds, sitemap, service rating, interest) are at the root, under /cchc/.
    expect(config.endpoints!.map((e) => e.path)).toEqual(['/host', '/cchc/health', '/cchc/ready', '/cchc/feeds/:file', '/cchc/feeds/topics/:file', '/cchc/sitemap.xml', '/cchc/service-rating', '/cchc/service-rating', '/cchc/interest'])
    const pathsOn = (slug: string) => (config.collections!.find((c) => c.slug === slug)!.endpoints || []).map((e) => e.path)
    expect(pathsOn('procedure-results')).toEqual(['/series'])
    expect(pathsOn('cchc-reports')).toEqual(['/overview'])
    expect(pathsOn('procedures')).toEqual(['/search', '/changes', '/:id/view', '/:id/rating', '/:id/rating'])
    expect(pathsOn('cchc-feedback')).toEqual(['/track/:code'])
    expect(config.jobs!.tasks!.map((t) => t.slug)).toEqual([
      'hostTask',
      'cchcApplyDueAnnouncements',
      'cchcMarkOverdueReports',
      'cchcPurgeExpiredRecords',
      'cchcFeedbackUpkeep',
      'cchcSendNotificationEmail',
      'cchcNotificationReminders',
      'cchcNotificationDigest',
    ])
  })

  it('replaces Payload’s lockout on the auth collection, whatever the host set', () => {
    const host = hostConfig()
    host.collections = [{ slug: 'users', auth: { maxLoginAttempts: 5, lockTime: 600_000 }, fields: [] }]
    const users = cchcPlugin()(host).collections!.find((c) => c.slug === 'users')!
    expect(users.auth).toMatchObject({ maxLoginAttempts: 0, lockTime: 600_000 })
  })

  it('when disabled, keeps the collections (same schema) but seeds nothing', () => {
    const config = cchcPlugin({ disabled: true })(hostConfig())
    expect(config.collections!.map((c) => c.slug)).toContain('units')
    expect(config.onInit).toBeUndefined()
  })
})

describe('transactions', () => {
  it('defaults: 3 connections kept out of transactions, 15 s in line, Retry-After 5 s; the limit follows the pool', () => {
    const { transactions } = resolveOptions()
    expect(transactions).toEqual({ reservedConnections: 3, queueTimeoutMs: 15_000, retryAfterSeconds: 5 })
    expect(transactionLimit(transactions, 10)).toBe(7)
    expect(transactionLimit(transactions, 30)).toBe(27)
    expect(transactionLimit(resolveOptions({ transactions: { maxOpen: 4 } }).transactions, 10)).toBe(4)
    // No pool to size from (not PostgreSQL) and no limit given: no gate.
    expect(transactionLimit(transactions, undefined)).toBeUndefined()
  })

  it('a reserve that leaves no connection for transactions stops start-up, naming the option', () => {
    expect(() => transactionLimit(resolveOptions({ transactions: { reservedConnections: 10 } }).transactions, 10)).toThrow(
      /transactions\.reservedConnections/,
    )
    expect(() => resolveOptions({ transactions: { queueTimeoutMs: 0 } } as never)).toThrow(/transactions\.queueTimeoutMs/)
  })
})
