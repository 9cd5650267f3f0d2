/**
 * Sign-in: every failure looks the same (unknown address, wrong password, inactive unit), failures
 * are throttled by account and client and by client (429 with Retry-After) so an attacker slows
 * only their own client, password-reset e-mails are limited, and a session of an account whose
 * unit was deactivated is not renewed. Times are measured in `npm run bench`, not here.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor, password } from './helpers/actors.ts'
import { bootApp, type Reply, type TestApp } from './helpers/boot.ts'

let app: TestApp
let editor: Actor
let memberUnit: number | string

const login = (email: string, pass: string, client: string) =>
  app.rest('POST', '/users/login', { body: { email, password: pass }, headers: { 'X-Forwarded-For': client } })

// GraphQL from a given client address (the shared helper sends no such header).
const graphqlFrom = async (client: string, query: string, token?: string): Promise<Reply> => {
  const response = await GRAPHQL_POST(app.config)(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client, ...(token ? { Authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify({ query }),
    }),
  )
  return { status: response.status, body: await response.json(), headers: response.headers }
}
const graphqlLogin = (email: string, pass: string, client: string) =>
  graphqlFrom(client, `mutation { loginUser(email: "${email}", password: "${pass}") { token } }`)

beforeAll(async () => {
  app = await bootApp()
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc', email: 'bientap@thanhmien.example' })
  const unit = await app.payload.create({
    collection: 'units',
    data: { code: 'to-tam-dung', name: 'Tổ tạm dừng', shortName: 'TTD', kind: 'department', accessLevel: 'contributor' },
  })
  memberUnit = unit.id
  await makeActor(app, 'contributor', { unit: 'to-tam-dung', email: 'tamdung@thanhmien.example' })
})
afterAll(() => app?.close())

describe('failed sign-ins all look alike', () => {
  it('unknown address, wrong password and a right password in an inactive unit get the same status and body', async () => {
    await app.payload.update({ collection: 'units', id: memberUnit, data: { active: false } })
    try {
      const unknown = await login('khong-co@thanhmien.example', 'Sai-mat-khau-123', '198.51.100.1')
      const wrong = await login('bientap@thanhmien.example', 'Sai-mat-khau-123', '198.51.100.2')
      const inactive = await login('tamdung@thanhmien.example', password, '198.51.100.3')
      expect(unknown.status).toBe(401)
      for (const reply of [wrong, inactive]) {
        expect(reply.status).toBe(unknown.status)
        expect(reply.body).toEqual(unknown.body)
        expect(reply.body.token).toBeUndefined()
      }

      const answers = await Promise.all([
        graphqlLogin('khong-co@thanhmien.example', 'Sai-mat-khau-123', '198.51.100.4'),
        graphqlLogin('bientap@thanhmien.example', 'Sai-mat-khau-123', '198.51.100.5'),
        graphqlLogin('tamdung@thanhmien.example', password, '198.51.100.6'),
      ])
      const shapes = answers.map((reply) => ({
        data: reply.body.data,
        message: reply.body.errors?.[0]?.message,
        status: reply.body.errors?.[0]?.extensions?.statusCode,
      }))
      expect(shapes[0]).toMatchObject({ status: 401 })
      expect(shapes[1]).toEqual(shapes[0])
      expect(shapes[2]).toEqual(shapes[0])

      await expect(app.payload.login({ collection: 'users', data: { email: 'tamdung@thanhmien.example', password } })).rejects.toThrow(
        unknown.body.errors[0].message,
      )
    } finally {
      await app.payload.update({ collection: 'units', id: memberUnit, data: { active: true } })
    }
  })

  it('a throttled sign-in is answered alike whether the account exists', async () => {
    const replies: Reply[] = []
    for (const [email, client] of [
      ['khong-co-2@thanhmien.example', '198.51.100.20'],
      ['bientap@thanhmien.example', '198.51.100.21'],
    ] as const) {
      for (let attempt = 0; attempt < 5; attempt++) expect((await login(email, 'Sai-mat-khau-123', client)).status).toBe(401)
      replies.push(await login(email, 'Sai-mat-khau-123', client))
    }
    for (const reply of replies) {
      expect(reply.status).toBe(429)
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(Number(reply.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60)
      expect(JSON.stringify(reply.body)).not.toMatch(/thanhmien/)
    }
    expect(replies[1]!.body).toEqual(replies[0]!.body)
  })
})

describe('throttling by account and client', () => {
  it('throttles the attacker’s client while the editor signs in from its own', async () => {
    const attacker = '203.0.113.66'
    for (let attempt = 0; attempt < 5; attempt++) expect((await login('bientap@thanhmien.example', 'Doan-mat-khau-1', attacker)).status).toBe(401)

    const throttled = await login('bientap@thanhmien.example', 'Doan-mat-khau-1', attacker)
    expect(throttled.status).toBe(429)
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(throttled.body.errors[0].message).toMatch(/thử lại sau \d+ phút/)
    // Even the right password is not tried from the throttled client, on any path.
    const right = await login('bientap@thanhmien.example', password, attacker)
    expect(right.status).toBe(429)
    expect(right.body.token).toBeUndefined()
    const viaGraphql = await graphqlLogin('bientap@thanhmien.example', password, attacker)
    expect(viaGraphql.body.data?.loginUser?.token ?? null).toBeNull()
    expect(viaGraphql.body.errors[0].extensions.statusCode).toBe(429)
    expect(Number(viaGraphql.headers.get('retry-after'))).toBeGreaterThan(0)

    // The editor's own client is not locked by someone else's failures.
    const own = await login('bientap@thanhmien.example', password, '192.0.2.10')
    expect(own.status).toBe(200)
    expect(own.body.token).toBeTruthy()
    expect((await graphqlLogin('bientap@thanhmien.example', password, '192.0.2.11')).body.data.loginUser.token).toBeTruthy()
  })

  it('counts parallel attempts exactly: 5 of 10 simultaneous wrong passwords are tried, the rest refused', async () => {
    const replies = await Promise.all(Array.from({ length: 10 }, () => login('bientap@thanhmien.example', 'Song-song-sai-1', '203.0.113.70')))
    expect(replies.filter((reply) => reply.status === 401)).toHaveLength(5)
    expect(replies.filter((reply) => reply.status === 429)).toHaveLength(5)
  })

  it('a successful sign-in forgets its client’s earlier failures for that account', async () => {
    const client = '203.0.113.80'
    for (let attempt = 0; attempt < 4; attempt++) expect((await login('bientap@thanhmien.example', 'Go-nham-mat-khau', client)).status).toBe(401)
    expect((await login('bientap@thanhmien.example', password, client)).status).toBe(200)
    for (let attempt = 0; attempt < 4; attempt++) expect((await login('bientap@thanhmien.example', 'Go-nham-mat-khau', client)).status).toBe(401)
    expect((await login('bientap@thanhmien.example', password, client)).status).toBe(200)
  })

  it('limits one client across accounts (credential stuffing): 30 failures, then 429 for any address', async () => {
    const client = '2001:db8:1:2::17'
    const replies = await Promise.all(
      Array.from({ length: 33 }, (_, n) => login(`dothu-${n}@thanhmien.example`, 'Mat-khau-bi-lo-1', client)),
    )
    expect(replies.filter((reply) => reply.status === 401)).toHaveLength(30)
    expect(replies.filter((reply) => reply.status === 429)).toHaveLength(3)
    // Another address of the same IPv6 /64 is the same client.
    const next = await login('bientap@thanhmien.example', password, '2001:db8:1:2:ffff::1')
    expect(next.status).toBe(429)
    expect(next.body.token).toBeUndefined()
  })

  it('believes only the entry the trusted proxy appended to X-Forwarded-For', async () => {
    // The attacker's own entries (left of the proxy's) change nothing: still the same client.
    for (let attempt = 0; attempt < 5; attempt++) {
      const reply = await login('bientap@thanhmien.example', 'Gia-mao-dia-chi-1', `10.0.0.${attempt}, 203.0.113.90`)
      expect(reply.status).toBe(401)
    }
    expect((await login('bientap@thanhmien.example', 'Gia-mao-dia-chi-1', '192.0.2.10, 203.0.113.90')).status).toBe(429)
  })
})

describe('password-reset e-mails', () => {
  it('are limited per address, the same for an address without an account, on REST and GraphQL', async () => {
    for (const [email, clients] of [
      ['bientap@thanhmien.example', ['198.51.100.30', '198.51.100.31', '198.51.100.32', '198.51.100.33']],
      ['khong-co-3@thanhmien.example', ['198.51.100.40', '198.51.100.41', '198.51.100.42', '198.51.100.43']],
    ] as const) {
      for (const client of clients.slice(0, 3)) {
        const sent = await app.rest('POST', '/users/forgot-password', { body: { email }, headers: { 'X-Forwarded-For': client } })
        expect(sent.status).toBe(200)
      }
      const refused = await app.rest('POST', '/users/forgot-password', { body: { email }, headers: { 'X-Forwarded-For': clients[3] } })
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      const viaGraphql = await graphqlFrom(clients[3], `mutation { forgotPasswordUser(email: "${email}") }`)
      expect(viaGraphql.body.errors[0].extensions.statusCode).toBe(429)
    }
  })

  it('are limited per client across addresses', async () => {
    const client = '198.51.100.50'
    for (let n = 0; n < 10; n++) {
      const sent = await app.rest('POST', '/users/forgot-password', { body: { email: `ai-do-${n}@thanhmien.example` }, headers: { 'X-Forwarded-For': client } })
      expect(sent.status).toBe(200)
    }
    const refused = await app.rest('POST', '/users/forgot-password', { body: { email: 'ai-do-moi@thanhmien.example' }, headers: { 'X-Forwarded-For': client } })
    expect(refused.status).toBe(429)
  })
})

describe('renewing a session', () => {
  it('is refused once the account’s unit is deactivated, on REST and GraphQL, and allowed again after', async () => {
    const session = await login('tamdung@thanhmien.example', password, '192.0.2.30')
    expect(session.status).toBe(200)
    const token = session.body.token as string
    expect((await app.rest('POST', '/users/refresh-token', { token })).status).toBe(200)

    await app.payload.update({ collection: 'units', id: memberUnit, data: { active: false } })
    const refused = await app.rest('POST', '/users/refresh-token', { token })
    expect(refused.status).toBe(403)
    expect(refused.body.refreshedToken).toBeUndefined()
    expect(JSON.stringify(refused.body)).toContain('không còn thuộc đơn vị nào đang hoạt động')
    const viaGraphql = await graphqlFrom('192.0.2.30', 'mutation { refreshTokenUser { refreshedToken } }', token)
    expect(viaGraphql.body.data?.refreshTokenUser?.refreshedToken ?? null).toBeNull()
    expect(viaGraphql.body.errors[0].extensions.statusCode).toBe(403)

    await app.payload.update({ collection: 'units', id: memberUnit, data: { active: true } })
    expect((await app.rest('POST', '/users/refresh-token', { token })).status).toBe(200)
  })

  it('stays open for an account in an active unit', async () => {
    const reply = await app.rest('POST', '/users/refresh-token', { token: editor.token })
    expect(reply.status).toBe(200)
    expect(reply.body.refreshedToken).toBeTruthy()
  })
})
