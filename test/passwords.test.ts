/**
 * New passwords are at least 12 characters and not common ones, on every path that sets one:
 * create, update (REST, GraphQL, Local API) and reset; the repository's own passwords pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { passwordProblem } from '../src/lib/passwordPolicy.ts'
import { type Actor, makeActor, password } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'

let app: TestApp
let paths: Path[]
let administrator: Actor

const weak = ['abc', 'password', '12345678', 'password1234', 'Qwerty123456!', '123456789012']

beforeAll(async () => {
  app = await bootApp()
  paths = allPaths(app, { users: 'id email name' })
  administrator = await makeActor(app, 'administrator', { isSystemAdmin: true })
})
afterAll(() => app?.close())

// The Local API path reports the error's name only; its reason is checked on its own below.
const passwordError = (error: string | undefined, pathName: string) => {
  expect(error).toMatch(/password/)
  if (pathName !== 'local') expect(error).toMatch(/Mật khẩu (phải có ít nhất 12 ký tự|này quá phổ biến)/)
}

describe.each(['rest', 'graphql', 'local'] as const)('through %s', (pathName) => {
  const path = () => paths.find((p) => p.name === pathName)!

  it.each(weak)('an administrator cannot create an account with "%s"', async (weakPassword) => {
    const email = `yeu-${pathName}-${weakPassword.length}-${Math.random().toString(36).slice(2, 6)}@thanhmien.example`
    const outcome = await path().create('users', administrator, { email, name: 'Mật khẩu yếu', password: weakPassword })
    expect(outcome.ok).toBe(false)
    if (pathName === 'rest') expect(outcome.status).toBe(400)
    passwordError(outcome.error, pathName)
    expect((await app.payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it('a user cannot change its own password to a common one, and can to a long uncommon one', async () => {
    const self = await makeActor(app, 'contributor', { unit: 'mttq' })
    const refused = await path().update('users', self, self.user!.id, { password: 'qwertyuiop123' })
    expect(refused.ok).toBe(false)
    passwordError(refused.error, pathName)
    expect((await app.rest('POST', '/users/login', { body: { email: self.user!.email, password: 'qwertyuiop123' } })).status).toBe(401)

    const accepted = await path().update('users', self, self.user!.id, { password: `Cau-mat-khau-${pathName}-de-nho` })
    expect(accepted.ok, accepted.error).toBe(true)
    expect((await app.rest('POST', '/users/login', { body: { email: self.user!.email, password: `Cau-mat-khau-${pathName}-de-nho` } })).status).toBe(200)
  })
})

it('the Local API’s error names the field and the reason, in the host’s fallback language (Vietnamese)', async () => {
  const error = await app.payload
    .create({ collection: 'users', data: { email: 'ngan@thanhmien.example', name: 'Ngắn', password: 'abc' } })
    .catch((caught: { data?: { errors?: { path: string; message: string }[] } }) => caught)
  expect((error as { data: { errors: unknown[] } }).data.errors).toEqual([
    { path: 'password', message: 'Mật khẩu phải có ít nhất 12 ký tự.' },
  ])
})

describe('resetting a forgotten password', () => {
  it('refuses a weak new password with a 400 on `password` and accepts a strong one', async () => {
    const user = await makeActor(app, 'contributor', { unit: 'kinh-te', email: 'quenmatkhau@thanhmien.example' })
    const token = await app.payload.forgotPassword({ collection: 'users', data: { email: 'quenmatkhau@thanhmien.example' }, disableEmail: true })
    const refused = await app.rest('POST', '/users/reset-password', { body: { token, password: '12345678' } })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0]).toMatchObject({ path: 'password' })
    expect(refused.body.errors[0].data.errors[0].message).toContain('ít nhất 12 ký tự')
    expect((await app.rest('POST', '/users/login', { body: { email: user.user!.email, password: '12345678' } })).status).toBe(401)

    const accepted = await app.rest('POST', '/users/reset-password', { body: { token, password: 'Mat-khau-dat-lai-2026' } })
    expect(accepted.status).toBe(200)
    expect((await app.rest('POST', '/users/login', { body: { email: user.user!.email, password: 'Mat-khau-dat-lai-2026' } })).status).toBe(200)
  })
})

describe('the policy itself', () => {
  it('passes the passwords this repository uses (tests, demo, bench)', () => {
    for (const own of [password, 'Mat-khau-moi-123', 'Mat-khau-moi-rest-9', 'Mat-khau-dau-tien-1', 'Demo-mat-khau-2026', 'Mat-khau-dieu-phoi-1', 'Bench-mat-khau-1']) {
      expect(passwordProblem(own, 12), own).toBeNull()
    }
  })

  it('refuses short ones, listed ones and listed ones with digits or signs tacked on', () => {
    expect(passwordProblem('Ngắn-quá-1', 12)).toEqual({ reason: 'too-short', minLength: 12 })
    expect(passwordProblem('123456789012', 12)).toEqual({ reason: 'too-common' })
    expect(passwordProblem('Password2026!', 12)).toEqual({ reason: 'too-common' })
    expect(passwordProblem('Mat khau cua xa Thanh Mien', 12)).toBeNull()
  })
})
