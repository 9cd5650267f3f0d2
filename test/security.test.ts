/** Cookie sessions from a foreign origin are refused; repeated failed logins lock the account. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor, password } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

let app: TestApp
let editor: Actor

beforeAll(async () => {
  app = await bootApp()
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc', email: 'bientap@thanhmien.example' })
})
afterAll(() => app?.close())

const sessionCookie = async (email: string) => {
  const reply = await app.rest('POST', '/users/login', { body: { email, password } })
  const cookie = reply.headers.get('set-cookie') ?? ''
  const token = /payload-token=([^;]+)/.exec(cookie)?.[1]
  expect(token).toBeTruthy()
  return `payload-token=${token}`
}

describe('cross-site requests', () => {
  it('refuses a cookie-authenticated write from a foreign origin and changes nothing', async () => {
    const cookie = await sessionCookie('bientap@thanhmien.example')
    const reply = await app.rest('PATCH', `/users/${editor.user!.id}`, {
      body: { name: 'Bị giả mạo' },
      headers: { Cookie: cookie, Origin: 'https://evil.example' },
    })
    expect(reply.status).toBe(403)
    expect((await app.payload.findByID({ collection: 'users', id: editor.user!.id })).name).toBe(editor.user!.name)
  })

  it('accepts the same write from the app’s own origin', async () => {
    const cookie = await sessionCookie('bientap@thanhmien.example')
    const reply = await app.rest('PATCH', `/users/${editor.user!.id}`, {
      body: { name: 'Biên tập viên' },
      headers: { Cookie: cookie, Origin: 'http://localhost:3000' },
    })
    expect(reply.status).toBe(200)
    expect((await app.payload.findByID({ collection: 'users', id: editor.user!.id })).name).toBe('Biên tập viên')
  })

  it('does not grant CORS to a foreign origin', async () => {
    const reply = await app.rest('OPTIONS', '/users', {
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PATCH' },
    })
    expect(reply.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    const own = await app.rest('OPTIONS', '/users', {
      headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'PATCH' },
    })
    expect(own.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
  })
})

describe('login lockout', () => {
  it('locks an account after 5 wrong passwords, even against the right one', async () => {
    const victim = await makeActor(app, 'contributor', { unit: 'mttq', email: 'khoa@thanhmien.example' })
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await app.rest('POST', '/users/login', { body: { email: 'khoa@thanhmien.example', password: 'sai-mat-khau' } })
      expect(wrong.status).toBe(401)
    }
    const right = await app.rest('POST', '/users/login', { body: { email: 'khoa@thanhmien.example', password } })
    expect(right.status).toBe(401)
    expect(right.body.token).toBeUndefined()
    const graphql = await app.graphql(`mutation { loginUser(email: "khoa@thanhmien.example", password: "${password}") { token } }`)
    expect(graphql.body.data?.loginUser?.token ?? null).toBeNull()

    const stored = await app.payload.findByID({ collection: 'users', id: victim.user!.id, showHiddenFields: true })
    expect(new Date(stored.lockUntil as string).getTime()).toBeGreaterThan(Date.now())
  })

  it('only an administrator unlocks it', async () => {
    const contributor = await makeActor(app, 'contributor', { unit: 'vhxh' })
    const refused = await app.rest('POST', '/users/unlock', { token: contributor.token, body: { email: 'khoa@thanhmien.example' } })
    expect(refused.status).toBe(403)
    expect((await app.rest('POST', '/users/login', { body: { email: 'khoa@thanhmien.example', password } })).status).toBe(401)

    const admin = await makeActor(app, 'administrator', { isSystemAdmin: true })
    const unlocked = await app.rest('POST', '/users/unlock', { token: admin.token, body: { email: 'khoa@thanhmien.example' } })
    expect(unlocked.status).toBe(200)
    expect((await app.rest('POST', '/users/login', { body: { email: 'khoa@thanhmien.example', password } })).status).toBe(200)
  })
})
