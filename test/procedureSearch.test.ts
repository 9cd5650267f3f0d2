/**
 * The public procedure search as a portal asks it: several statuses at once, "in force" (active
 * or amended), and the total of every page; the same through REST, GraphQL and the service the
 * Local API calls.
 */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resolveOptions } from '../src/options.ts'
import { procedureSearchQuery, searchProcedures } from '../src/services/procedureSearch.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

let app: TestApp
const statuses = { active: 3, amended: 2, repealed: 2 } as const

beforeAll(async () => {
  app = await bootApp()
  let n = 0
  for (const [status, count] of Object.entries(statuses)) {
    for (let i = 0; i < count; i++) {
      await app.payload.create({
        collection: 'procedures' as 'units',
        data: { code: `1.${String(500000 + ++n)}`, name: `Thủ tục tìm kiếm ${n}`, sector: 'Hộ tịch', status, _status: 'published' } as any,
      })
    }
  }
  // A draft is never found by the public, whatever its status.
  await app.payload.create({ collection: 'procedures' as 'units', data: { code: '1.599999', name: 'Thủ tục nháp', sector: 'Hộ tịch', _status: 'draft' } as any, draft: true })
})
afterAll(() => app?.close())

const rest = async (query: string) => {
  const reply = await app.rest('GET', `/procedures/search?${query}`)
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  return reply.body as { totalDocs: number; totalPages: number; docs: { status: string }[] }
}

describe('GET /api/procedures/search', () => {
  it.each([
    ['status=active', 3],
    ['status=active,amended', 5],
    ['status=active&status=amended', 5],
    ['status=amended,%20repealed', 4],
    ['inForce=true', 5],
    ['inForce=1', 5],
    ['inForce=false', 2],
    ['inForce=true&status=amended,repealed', 2],
    ['inForce=true&status=repealed', 0],
    ['q=tim+kiem&inForce=true', 5],
  ])('%s finds %i', async (query, total) => {
    const body = await rest(query)
    expect(body.totalDocs).toBe(total)
    expect(body.docs).toHaveLength(total)
  })

  it('says the total of every page, not of the page', async () => {
    const body = await rest('inForce=true&limit=2&page=2')
    expect(body.docs).toHaveLength(2)
    expect(body.totalDocs).toBe(5)
    expect(body.totalPages).toBe(3)
    expect(body.docs.every((doc) => doc.status === 'active' || doc.status === 'amended')).toBe(true)
  })

  it.each(['status=moved', 'status=active,moved', 'inForce=maybe', 'status='])('refuses %s with a 400 naming the parameter', async (query) => {
    const reply = await app.rest('GET', `/procedures/search?${query}`)
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0].path).toMatch(/^(status|inForce)/)
  })
})

describe('the same through GraphQL and the service', () => {
  it('ProcedureSearch takes several statuses and inForce, and gives the total', async () => {
    const reply = await app.graphql('{ ProcedureSearch(inForce: true, limit: 1) { totalDocs docs { code status } } }')
    expect(reply.body.errors, JSON.stringify(reply.body)).toBeUndefined()
    expect(reply.body.data.ProcedureSearch).toMatchObject({ totalDocs: 5 })
    expect(reply.body.data.ProcedureSearch.docs).toHaveLength(1)
    const several = await app.graphql('{ ProcedureSearch(status: "amended,repealed") { totalDocs } }')
    expect(several.body.data.ProcedureSearch.totalDocs).toBe(4)
    const wrong = await app.graphql('{ ProcedureSearch(status: "moved") { totalDocs } }')
    expect(wrong.body.errors[0].message).toMatch(/Tham số "status/)
  })

  it('searchProcedures reads with the caller access (anonymous: published only)', async () => {
    const req = await createLocalReq({}, app.payload)
    const found = await searchProcedures(req, resolveOptions(), procedureSearchQuery.parse({ q: 'thu tuc', inForce: true }))
    expect(found.totalDocs).toBe(5)
  })
})
