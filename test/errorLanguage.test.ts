/**
 * Every error a person sees answers in the request's language: the admin user's (Payload's
 * `payload-lng` cookie), else `Accept-Language`, else Vietnamese. The plugin's own messages and
 * Payload's field errors alike, through REST and GraphQL.
 */
import { initI18n } from '@payloadcms/translations'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

let app: TestApp
let admin: Actor

beforeAll(async () => {
  app = await bootApp()
  admin = await makeActor(app, 'administrator', { isSystemAdmin: true })
})
afterAll(() => app?.close())

const badUnit = { code: 'Phòng Mới', name: 'Phòng mới', shortName: 'PM', kind: 'department', accessLevel: 'contributor' }
const vietnamese = 'Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.'
const english = 'A unit code is lowercase letters, digits and hyphens.'

describe('Payload’s own Vietnamese, where it reads wrong to staff', () => {
  it('says có/không in yes/no columns and names invalid fields without English', async () => {
    const i18n = await initI18n({ config: app.config.i18n, context: 'client', language: 'vi' })
    expect([i18n.t('general:true'), i18n.t('general:false')]).toEqual(['Có', 'Không'])
    expect(i18n.t('error:followingFieldsInvalid', { count: 2 })).toBe('Các trường sau chưa hợp lệ:')
    const english = await initI18n({ config: app.config.i18n, context: 'client', language: 'en' })
    expect(english.t('general:true')).toBe('True')
  })
})

describe('the sentence the admin shows as a toast', () => {
  it('names the fields a post lacks for publication by their labels, in the request’s language', async () => {
    const editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
    const publish = (headers: Record<string, string> = {}) =>
      app.rest('POST', '/cchc-posts', { token: editor.token, body: { title: 'Chưa đủ để đăng', _status: 'published' }, headers })
    const vi = await publish()
    expect(vi.status).toBe(400)
    expect(vi.body.errors[0].message).toBe('Các trường sau chưa hợp lệ: Ảnh đại diện, Sapo, Chuyên mục')
    expect(vi.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual(['coverImage', 'excerpt', 'topics'])
    const en = await publish({ 'Accept-Language': 'en' })
    expect(en.body.errors[0].message).toBe('The following fields are invalid: Cover image, Excerpt, Topics')
  })
})

describe('REST', () => {
  const createUnit = async (headers: Record<string, string> = {}) => {
    const reply = await app.rest('POST', '/units', { token: admin.token, body: badUnit, headers })
    expect(reply.status).toBe(400)
    return reply.body.errors[0] as { message: string; data: { errors: { path: string; message: string }[] } }
  }

  it('answers in Vietnamese when the request asks for no language', async () => {
    const error = await createUnit()
    expect(error.data.errors).toEqual([{ path: 'code', message: vietnamese, label: expect.anything() }])
    // Payload's own words around it too, naming the field by its label.
    expect(error.message).toBe('Trường sau chưa hợp lệ: Mã đơn vị')
  })

  it('answers in English for Accept-Language: en, the plugin’s message and Payload’s alike', async () => {
    const error = await createUnit({ 'Accept-Language': 'en-GB,en;q=0.9' })
    expect(error.data.errors[0]!.message).toBe(english)
    expect(error.message).toMatch(/^The following field is invalid: /)
  })

  it('answers in the admin user’s language (payload-lng) before Accept-Language', async () => {
    expect((await createUnit({ Cookie: 'payload-lng=en', 'Accept-Language': 'vi' })).data.errors[0]!.message).toBe(english)
    expect((await createUnit({ Cookie: 'payload-lng=vi', 'Accept-Language': 'en' })).data.errors[0]!.message).toBe(vietnamese)
  })

  it('answers in Vietnamese for a language the host does not offer', async () => {
    expect((await createUnit({ 'Accept-Language': 'fr' })).data.errors[0]!.message).toBe(vietnamese)
  })

  it('an endpoint’s parameters, in Payload’s error shape with the parameter’s path', async () => {
    const vi = await app.rest('GET', '/procedures/search?q=a')
    expect(vi.status).toBe(400)
    expect(vi.body.errors[0]).toMatchObject({ message: expect.stringMatching(/^Tham số "q" không hợp lệ\./), data: { errors: [{ path: 'q' }] } })
    const en = await app.rest('GET', '/procedures/search?q=a', { headers: { 'Accept-Language': 'en' } })
    expect(en.body.errors[0]).toMatchObject({ message: expect.stringMatching(/^Invalid "q"\. q 2-200 characters/), data: { errors: [{ path: 'q' }] } })
  })
})

describe('GraphQL', () => {
  const createUnit = `mutation($data: mutationUnitInput!) { createUnit(data: $data) { id } }`
  const fieldMessage = (reply: { body: any }) => reply.body.errors[0].extensions.data.errors[0].message as string

  it('answers in Vietnamese by default, in English for Accept-Language: en, and by payload-lng first', async () => {
    expect(fieldMessage(await app.graphql(createUnit, { data: badUnit }, admin.token))).toBe(vietnamese)
    expect(fieldMessage(await app.graphql(createUnit, { data: badUnit }, admin.token, { 'Accept-Language': 'en' }))).toBe(english)
    expect(fieldMessage(await app.graphql(createUnit, { data: badUnit }, admin.token, { Cookie: 'payload-lng=en', 'Accept-Language': 'vi' }))).toBe(english)
  })

  it('the limits in front of the handler and a custom query’s parameters answer in the same language', async () => {
    const deep = `{ ${'CchcPosts { docs { topics { '.repeat(6)}id${' } } }'.repeat(6)} }`
    const tooDeep = (headers?: Record<string, string>) => app.graphql(deep, {}, undefined, headers).then((reply) => reply.body.errors[0].message as string)
    expect(await tooDeep()).toMatch(/^Truy vấn GraphQL lồng quá sâu/)
    expect(await tooDeep({ 'Accept-Language': 'en' })).toMatch(/^The GraphQL query is nested too deeply/)

    const search = (headers?: Record<string, string>) =>
      app.graphql('{ ProcedureSearch(q: "a") { totalDocs } }', {}, undefined, headers).then((reply) => reply.body.errors[0].message as string)
    expect(await search()).toMatch(/^Tham số "q" không hợp lệ\./)
    expect(await search({ Cookie: 'payload-lng=en' })).toMatch(/^Invalid "q"\./)
  })
})
