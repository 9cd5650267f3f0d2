/** Cookie sessions from a foreign origin are refused. (Failed sign-ins are throttled: signIn.test.ts.) */
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
