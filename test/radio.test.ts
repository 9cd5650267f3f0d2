/**
 * The commune radio: slots (times, overlap, days off), programmes (one per slot and day, lengths
 * from real audio files and scripts, over-length refusal), the rights table through REST, GraphQL
 * and the Local API (editors plan and mark aired, contributors propose their own unit's items, the
 * public reads what aired), the exports (M3U8 parsed back, JSON, run sheet) and the units' report
 * figures. Times are fixed days in the past, never the real clock.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Parser } from 'm3u8-parser'
import { createLocalReq } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActors, unitIdByCode } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'
import { allPaths, type Path } from './helpers/paths.ts'
import { postInState } from './helpers/posts.ts'
import { RadioWeek } from '../src/components/RadioWeek.tsx'
import { resolveOptions } from '../src/options.ts'
import { radioWeek } from '../src/services/radioWeek.ts'

type Who = 'anonymous' | 'contributor' | 'coordinator' | 'editor' | 'administrator'

let app: TestApp
let actors: Record<Who, Actor>
let paths: Path[]
let everyDay: number | string
let mttq: number | string

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name))

/** Uploads a fixture through REST as `actor`, as the admin does. */
const upload = async (actor: Actor, name: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(fixture(name))], { type: 'application/octet-stream' }), name)
  form.append('_payload', JSON.stringify({}))
  return app.rest('POST', '/cchc-media', { token: actor.token, body: form })
}

const slotAs = (actor: Actor, data: Record<string, unknown>) => app.rest('POST', '/broadcast-slots', { token: actor.token, body: data })
const schedule = (id: number | string) =>
  app.payload.findByID({ collection: 'broadcast-schedules', id, depth: 0, disableErrors: true }) as Promise<Record<string, any> | null>

let dayCounter = 0
/** A new day of January–June 2026 for each programme, so that none clashes with another. */
const nextDay = () => {
  dayCounter++
  return new Date(Date.UTC(2026, 0, dayCounter, 5)).toISOString().slice(0, 10)
}

/** A programme of the every-day slot, planned by the system, with `items`, walked to `state`. */
const programme = async (items: Record<string, unknown>[] = [], state = 'planned', day = nextDay()) => {
  let doc = await app.payload.create({ collection: 'broadcast-schedules', data: { slot: everyDay, date: day, items } as never })
  if (state !== 'planned') {
    doc = await app.payload.update({
      collection: 'broadcast-schedules',
      id: doc.id,
      data: { programmeState: state, ...(state === 'cancelled' ? { cancelReason: 'Mất điện' } : {}) } as never,
    })
  }
  return (await schedule(doc.id))!
}

/** A script of exactly `words` words: at 140 words a minute, 140 words read in 60 seconds. */
const words = (count: number) => Array.from({ length: count }, (_, i) => (i % 2 ? 'thủ' : 'tục')).join(' ')

beforeAll(async () => {
  app = await bootApp()
  actors = await makeActors(app)
  mttq = await unitIdByCode(app, 'mttq')
  paths = allPaths(app, {
    'broadcast-schedules': 'id programmeState day items { id kind script itemState }',
    'broadcast-slots': 'id name',
  })
  const slot = await slotAs(actors.editor, { name: 'Bản tin sáng', startTime: '05:30', endTime: '06:00' })
  expect(slot.status).toBe(201)
  everyDay = slot.body.doc.id
})
afterAll(() => app?.close())

describe('audio length read on upload', () => {
  // The WAV is 8-bit mono at 8 kHz after a 44-byte header: its length is known without any parser.
  const wavSeconds = (fixture('voice.wav').length - 44) / 8000

  it.each([
    ['voice.mp3', 2.011],
    ['voice.m4a', 2.001],
    ['voice.ogg', 1.955],
    ['voice.wav', 1.955],
  ])('%s is stored with its length', async (name, seconds) => {
    const reply = await upload(actors.contributor, name)
    expect(reply.status).toBe(201)
    expect(reply.body.doc.duration).toBeCloseTo(seconds, 2)
    // Every encoding of the same speech is within a tenth of a second of the raw samples.
    expect(Math.abs(reply.body.doc.duration - wavSeconds)).toBeLessThan(0.1)
  })

  it('stores a video’s length too', async () => {
    const reply = await upload(actors.editor, 'clip.webm')
    expect(reply.status).toBe(201)
    expect(reply.body.doc.duration).toBe(1)
  })

  it('stores no length for an image, and nobody types one', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(fixture('photo.jpg'))], { type: 'image/jpeg' }), 'photo.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Ảnh', duration: 999 }))
    const reply = await app.rest('POST', '/cchc-media', { token: actors.editor.token, body: form })
    expect(reply.status).toBe(201)
    expect(reply.body.doc.duration).toBeNull()
    const audio = await upload(actors.editor, 'voice.mp3')
    const patched = await app.rest('PATCH', `/cchc-media/${audio.body.doc.id}`, { token: actors.editor.token, body: { duration: 5000 } })
    expect(patched.body.doc.duration).toBeCloseTo(2.011, 2)
  })
})

describe('slots', () => {
  it('refuses a malformed time and an end before the start, naming the field', async () => {
    const bad = await slotAs(actors.editor, { name: 'Sai', startTime: '5h30', endTime: '06:00' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].path).toBe('startTime')
    const backwards = await slotAs(actors.editor, { name: 'Ngược', startTime: '18:00', endTime: '17:30' })
    expect(backwards.status).toBe(400)
    expect(backwards.body.errors[0].data.errors[0].path).toBe('endTime')
  })

  it('refuses a slot that overlaps another on a common weekday, and takes one on other days', async () => {
    const overlap = await slotAs(actors.editor, { name: 'Chồng', startTime: '05:45', endTime: '06:15' })
    expect(overlap.status).toBe(400)
    expect(overlap.body.errors[0].data.errors[0].message).toContain('Bản tin sáng')
    const sunday = await slotAs(actors.editor, { name: 'Chiều thứ Bảy', startTime: '17:00', endTime: '17:30', weekdays: ['sat'] })
    expect(sunday.status).toBe(201)
    const sundayToo = await slotAs(actors.editor, { name: 'Chiều Chủ nhật', startTime: '17:15', endTime: '17:45', weekdays: ['sun'] })
    expect(sundayToo.status).toBe(201)
  })

  it('keeps a slot that has programmes: it is taken out of use instead', async () => {
    const slot = await slotAs(actors.editor, { name: 'Trưa', startTime: '11:00', endTime: '11:15' })
    await app.payload.create({ collection: 'broadcast-schedules', data: { slot: slot.body.doc.id, date: '2026-06-01' } as never })
    const removed = await app.rest('DELETE', `/broadcast-slots/${slot.body.doc.id}`, { token: actors.editor.token })
    expect(removed.status).toBe(400)
    expect(removed.body.errors[0].message).toContain('Đang dùng')
    const unused = await slotAs(actors.editor, { name: 'Trưa muộn', startTime: '11:30', endTime: '11:45' })
    expect((await app.rest('DELETE', `/broadcast-slots/${unused.body.doc.id}`, { token: actors.editor.token })).status).toBe(200)
  })

  it('is public to read and editors’ to write', async () => {
    for (const route of paths) {
      const read = await route.find('broadcast-slots', actors.anonymous)
      expect(read.ok, route.name).toBe(true)
      expect(read.docs?.length, route.name).toBeGreaterThan(0)
      const created = await route.create('broadcast-slots', actors.contributor, { name: `Thử ${route.name}`, startTime: '20:00', endTime: '20:10' })
      expect(created.ok, route.name).toBe(false)
    }
  })
})

describe('programmes', () => {
  it('refuses a second programme in one slot on one day, and a day the slot does not run', async () => {
    const day = nextDay()
    await programme([], 'planned', day)
    const again = await app.rest('POST', '/broadcast-schedules', { token: actors.editor.token, body: { slot: everyDay, date: day } })
    expect(again.status).toBe(400)
    expect(again.body.errors[0].data.errors[0].path).toBe('date')

    const saturdays = (await slotAs(actors.editor, { name: 'Tối thứ Bảy', startTime: '19:00', endTime: '19:30', weekdays: ['sat'] })).body.doc
    // 2 May 2026 is a Saturday, 4 May a Monday.
    const monday = await app.rest('POST', '/broadcast-schedules', { token: actors.editor.token, body: { slot: saturdays.id, date: '2026-05-04' } })
    expect(monday.status).toBe(400)
    expect(monday.body.errors[0].data.errors[0].path).toBe('date')
    await app.payload.update({ collection: 'broadcast-slots', id: saturdays.id, data: { exceptions: [{ day: '2026-05-02', reason: 'Nghỉ lễ' }] } as never })
    const holiday = await app.rest('POST', '/broadcast-schedules', { token: actors.editor.token, body: { slot: saturdays.id, date: '2026-05-02' } })
    expect(holiday.status).toBe(400)
    const nextSaturday = await app.rest('POST', '/broadcast-schedules', { token: actors.editor.token, body: { slot: saturdays.id, date: '2026-05-09' } })
    expect(nextSaturday.status).toBe(201)
    // Times in the commune's zone: 19:00 in Hanoi is 12:00 UTC.
    expect(nextSaturday.body.doc.startsAt).toBe('2026-05-09T12:00:00.000Z')
    // The day is kept as its noon in the commune: PostgreSQL would read a bare day as midnight in its own zone.
    expect(nextSaturday.body.doc.date).toBe('2026-05-09T05:00:00.000Z')
    expect(nextSaturday.body.doc.day).toBe('2026-05-09')
  })

  it('adds up audio files and scripts, and refuses a programme over its slot naming the overrun in mm:ss', async () => {
    const audio = await upload(actors.editor, 'voice.mp3')
    const fits = await programme([
      { kind: 'media', media: audio.body.doc.id },
      { kind: 'script', script: words(140) },
    ])
    expect(fits.items.map((item: any) => item.seconds)).toEqual([expect.closeTo(2.011, 2), 60])
    expect(fits.totalSeconds).toBeCloseTo(62.011, 2)
    expect(fits.items[0].title).toMatch(/voice.*\.mp3/)

    // 30 minutes is 4,200 words at the default pace; 4,235 words run 15 seconds over, plus the file's 2.011.
    const over = await app.rest('PATCH', `/broadcast-schedules/${fits.id}`, {
      token: actors.editor.token,
      body: { items: [{ kind: 'media', media: audio.body.doc.id }, { kind: 'script', script: words(4235) }] },
    })
    expect(over.status).toBe(400)
    const error = over.body.errors[0].data.errors[0]
    expect(error.path).toBe('items')
    expect(error.message).toContain('00:18')
    expect((await schedule(fits.id))!.items).toHaveLength(2)
    expect(error.message).toBe('Chương trình dài 30:18, vượt khung giờ (30:00) 00:18 (phút:giây).')
    const english = await app.rest('PATCH', `/broadcast-schedules/${fits.id}`, {
      token: actors.editor.token,
      headers: { 'Accept-Language': 'en' },
      body: { items: [{ kind: 'script', script: words(4235) }] },
    })
    expect(english.body.errors[0].data.errors[0].message).toBe('The programme lasts 30:15, 00:15 (mm:ss) over its slot (30:00).')
  })

  it('takes an audio post’s length from its file, and refuses a post that is not audio', async () => {
    const audio = await upload(actors.editor, 'voice.m4a')
    const post = await postInState(app, mttq, 'published', { format: 'audio', audioFile: audio.body.doc.id, transcript: 'Xin chào bà con xã Thanh Miện.' })
    const doc = await programme([{ kind: 'post', post: post.id }])
    expect(doc.items[0].seconds).toBeCloseTo(2.001, 2)
    expect(String(doc.items[0].unit)).toBe(String(mttq))
    const article = await postInState(app, mttq, 'published')
    const refused = await app.rest('PATCH', `/broadcast-schedules/${doc.id}`, { token: actors.editor.token, body: { items: [{ kind: 'post', post: article.id }] } })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].path).toBe('items.0.post')
  })

  it('keeps one programme per slot and day when two editors plan it at once: one 201, one 400, never a 5xx', async () => {
    const day = nextDay()
    const replies = await Promise.all(
      [0, 1, 2].map(() => app.rest('POST', '/broadcast-schedules', { token: actors.editor.token, body: { slot: everyDay, date: day } })),
    )
    expect(replies.map((reply) => reply.status).sort()).toEqual([201, 400, 400])
    expect((await app.payload.count({ collection: 'broadcast-schedules', where: { day: { equals: day } } })).totalDocs).toBe(1)
  })

  it('answers malformed references with a 400 and writes nothing', async () => {
    const before = (await app.payload.count({ collection: 'broadcast-schedules' })).totalDocs
    const day = nextDay()
    for (const body of [
      { slot: 'abc', date: day },
      { slot: 999999, date: day },
      { slot: everyDay, date: 'not a day' },
      { slot: everyDay, date: day, items: [{ kind: 'media', media: 'abc' }] },
      { slot: everyDay, date: day, items: [{ kind: 'post', post: 999999 }] },
      { slot: everyDay, date: day, items: [{ kind: 'script', script: '   ' }] },
      { slot: everyDay, date: day, items: [{ kind: 'song' }] },
    ]) {
      const reply = await app.rest('POST', '/broadcast-schedules', { token: actors.editor.token, body })
      expect(reply.status, JSON.stringify(body)).toBe(400)
      expect(reply.body.errors[0].message, JSON.stringify(body)).toBeTruthy()
    }
    expect((await app.payload.count({ collection: 'broadcast-schedules' })).totalDocs).toBe(before)
  })

  it('needs a reason to cancel, and cannot mark aired before the slot starts', async () => {
    const doc = await programme()
    const noReason = await app.rest('PATCH', `/broadcast-schedules/${doc.id}`, { token: actors.editor.token, body: { programmeState: 'cancelled' } })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].data.errors[0].path).toBe('cancelReason')
    const future = await app.rest('POST', '/broadcast-schedules', { token: actors.editor.token, body: { slot: everyDay, date: '2099-01-01' } })
    const early = await app.rest('PATCH', `/broadcast-schedules/${future.body.doc.id}`, { token: actors.editor.token, body: { programmeState: 'aired' } })
    expect(early.status).toBe(400)
    expect(early.body.errors[0].data.errors[0].path).toBe('programmeState')
  })
})

describe('rights, through REST, GraphQL and the Local API', () => {
  const plan: Record<Who, boolean> = { anonymous: false, contributor: false, coordinator: false, editor: true, administrator: true }

  it('editors plan a programme; nobody else does', async () => {
    for (const route of paths) {
      for (const who of Object.keys(plan) as Who[]) {
        const day = nextDay()
        const created = await route.create('broadcast-schedules', actors[who], { slot: everyDay, date: day })
        expect(created.ok, `${route.name} ${who}`).toBe(plan[who])
        const count = await app.payload.count({ collection: 'broadcast-schedules', where: { day: { equals: day } } })
        expect(count.totalDocs, `${route.name} ${who}`).toBe(plan[who] ? 1 : 0)
      }
    }
  })

  it('editors mark aired; a contributor cannot', async () => {
    for (const route of paths) {
      for (const who of Object.keys(plan) as Who[]) {
        const doc = await programme([{ kind: 'script', script: words(10) }])
        const marked = await route.update('broadcast-schedules', actors[who], doc.id, { programmeState: 'aired' })
        expect(marked.ok, `${route.name} ${who}`).toBe(plan[who])
        expect((await schedule(doc.id))!.programmeState, `${route.name} ${who}`).toBe(plan[who] ? 'aired' : 'planned')
      }
    }
  })

  it('the public reads aired programmes only; staff read planned ones too', async () => {
    const planned = await programme([{ kind: 'script', script: words(5) }])
    const aired = await programme([{ kind: 'script', script: words(5) }], 'aired')
    const cancelled = await programme([], 'cancelled')
    const ids = [planned.id, aired.id, cancelled.id]
    const days = [planned.day, aired.day, cancelled.day]
    for (const route of paths) {
      const seen = async (who: Who) => {
        const found = await route.find('broadcast-schedules', actors[who], { day: { in: days } })
        expect(found.ok, `${route.name} ${who}: ${found.error}`).toBe(true)
        return (found.docs ?? []).map((doc) => String(doc.id)).sort()
      }
      expect(await seen('anonymous'), route.name).toEqual([String(aired.id)])
      expect(await seen('contributor'), route.name).toEqual(ids.map(String).sort())
    }
  })

  it('a contributor proposes its own unit’s items into a planned programme, and changes no one else’s', async () => {
    for (const route of paths) {
      const doc = await programme([{ kind: 'script', script: 'Tin của Trung tâm', unit: await unitIdByCode(app, 'ttdvsnc') }])
      const kept = doc.items.map((item: any) => ({ id: item.id, kind: item.kind, script: item.script, unit: item.unit, itemState: item.itemState }))
      const proposed = await route.update('broadcast-schedules', actors.contributor, doc.id, {
        items: [...kept, { kind: 'script', script: 'Mặt trận mời bà con góp ý', itemState: 'accepted' }],
      })
      expect(proposed.ok, `${route.name}: ${proposed.error}`).toBe(true)
      const after = (await schedule(doc.id))!
      expect(after.items, route.name).toHaveLength(2)
      // Whatever it asked, its item is a proposal of its own unit, not counted in the programme's length.
      expect(after.items[1], route.name).toMatchObject({ itemState: 'proposed', unit: mttq })
      expect(after.items[0], route.name).toMatchObject({ itemState: 'accepted', unit: doc.items[0].unit })
      expect(after.totalSeconds, route.name).toBe(doc.totalSeconds)

      const changed = await route.update('broadcast-schedules', actors.contributor, doc.id, {
        items: [{ ...kept[0], script: 'Sửa tin của đơn vị khác' }],
      })
      expect(changed.ok, route.name).toBe(false)
      expect((await schedule(doc.id))!.items[0].script, route.name).toBe('Tin của Trung tâm')
      // A title it sends for another's item is not taken.
      const retitled = await route.update('broadcast-schedules', actors.contributor, doc.id, {
        items: [{ ...kept[0], title: 'Tiêu đề khác' }, { id: after.items[1].id, kind: 'script', script: 'Mặt trận mời bà con góp ý' }],
      })
      expect(retitled.ok, `${route.name}: ${retitled.error}`).toBe(true)
      expect((await schedule(doc.id))!.items[0].title, route.name).toBe(doc.items[0].title)
      expect((await schedule(doc.id))!.items[0].unit, route.name).toBe(doc.items[0].unit)

      // An editor accepts the proposal into the programme.
      await app.payload.update({
        collection: 'broadcast-schedules',
        id: doc.id,
        data: { items: after.items.map((item: any) => ({ ...item, itemState: 'accepted' })) } as never,
      })
      expect((await schedule(doc.id))!.items.map((item: any) => item.itemState), route.name).toEqual(['accepted', 'accepted'])
    }
  })

  it('a contributor cannot propose into an aired programme, nor another unit’s file', async () => {
    const aired = await programme([], 'aired')
    const planned = await programme()
    const othersFile = await upload(await (async () => actors.editor)(), 'voice.ogg')
    for (const route of paths) {
      const late = await route.update('broadcast-schedules', actors.contributor, aired.id, { items: [{ kind: 'script', script: 'Muộn' }] })
      expect(late.ok, route.name).toBe(false)
      const foreign = await route.update('broadcast-schedules', actors.contributor, planned.id, { items: [{ kind: 'media', media: othersFile.body.doc.id }] })
      expect(foreign.ok, route.name).toBe(false)
    }
    expect((await schedule(aired.id))!.items).toHaveLength(0)
    expect((await schedule(planned.id))!.items).toHaveLength(0)
  })
})

describe('exports', () => {
  it('gives an M3U8 with absolute URLs and lengths, a JSON programme and a run sheet; the public only once aired', async () => {
    const audio = await upload(actors.editor, 'voice.mp3')
    const doc = await programme([
      { kind: 'media', media: audio.body.doc.id, title: 'Lời chào' },
      { kind: 'script', script: `Thông báo <b>lịch</b> tiếp dân ${words(138)}` },
    ])
    const playlist = await app.rest('GET', `/broadcast-schedules/${doc.id}/playlist.m3u8`, { token: actors.editor.token })
    expect(playlist.status).toBe(200)
    expect(playlist.headers.get('content-type')).toContain('mpegurl')
    const parser = new Parser()
    parser.push(String(playlist.body))
    parser.end()
    expect(parser.manifest.segments).toHaveLength(1)
    const [segment] = parser.manifest.segments
    expect(segment!.duration).toBe(2)
    expect(segment!.title).toBe('Lời chào')
    expect(segment!.uri).toMatch(/^http:\/\/localhost:3000\/api\/cchc-media\/file\/voice.*\.mp3$/)
    const file = await fetchFile(segment!.uri)
    expect(file.status).toBe(200)

    const json = await app.rest('GET', `/broadcast-schedules/${doc.id}/programme.json`, { token: actors.editor.token })
    expect(json.status).toBe(200)
    expect(json.body).toMatchObject({ state: 'planned', slot: { startTime: '05:30', endTime: '06:00', seconds: 1800 }, timeZone: 'Asia/Ho_Chi_Minh' })
    expect(json.body.items.map((item: any) => [item.kind, item.seconds])).toEqual([
      ['media', expect.closeTo(2.011, 2)],
      ['script', 62],
    ])
    expect(json.body.items[1].script).toContain('Thông báo <b>lịch</b>')

    const sheet = await app.rest('GET', `/broadcast-schedules/${doc.id}/run-sheet`, { token: actors.editor.token })
    expect(sheet.status).toBe(200)
    expect(sheet.headers.get('content-type')).toContain('text/html')
    expect(String(sheet.body)).toContain('Thông báo &lt;b&gt;lịch&lt;/b&gt;')
    expect(String(sheet.body)).toContain('01:02')
    expect(String(sheet.body)).toContain('<html lang="vi">')
    const englishSheet = await app.rest('GET', `/broadcast-schedules/${doc.id}/run-sheet`, { token: actors.editor.token, headers: { 'Accept-Language': 'en' } })
    expect(String(englishSheet.body)).toContain('Radio run sheet')
    expect(String(englishSheet.body)).toContain('Script read live')

    for (const route of ['playlist.m3u8', 'programme.json', 'run-sheet']) {
      expect((await app.rest('GET', `/broadcast-schedules/${doc.id}/${route}`)).status, route).toBe(404)
    }
    await app.payload.update({ collection: 'broadcast-schedules', id: doc.id, data: { programmeState: 'aired' } as never })
    expect((await app.rest('GET', `/broadcast-schedules/${doc.id}/playlist.m3u8`)).status).toBe(200)
    expect((await app.rest('GET', `/broadcast-schedules/abc/programme.json`)).status).toBe(404)
  })
})

/** A file's URL as the playlist gives it, fetched through Payload's own handler. */
const fetchFile = (url: string) => app.rest('GET', new URL(url).pathname.replace(/^\/api/, ''))

describe('report figures', () => {
  it('counts a unit’s aired items and minutes in the report’s period, beside its own figure', async () => {
    const jan = (day: number) => `2026-03-${String(day).padStart(2, '0')}`
    const mine = (count: number) => ({ kind: 'script', script: words(count), unit: mttq })
    // March 2026: two aired programmes with 60 + 120 + 90 seconds of MTTQ's items.
    await programme([mine(140), mine(280), { kind: 'script', script: words(140) }], 'aired', jan(10))
    await programme([mine(210)], 'aired', jan(20))
    // Not counted: a cancelled programme, a planned one, a proposal never accepted, another month.
    await programme([mine(140)], 'cancelled', jan(21))
    await programme([mine(140)], 'planned', jan(22))
    const proposal = await programme([mine(140)], 'planned', jan(23))
    await app.payload.update({
      collection: 'broadcast-schedules',
      id: proposal.id,
      data: { items: [{ ...proposal.items[0], itemState: 'proposed' }], programmeState: 'aired' } as never,
    })
    await programme([mine(140)], 'aired', '2026-04-01')

    const report = await app.payload.create({ collection: 'cchc-reports', data: { unit: mttq, periodKind: 'month', year: 2026, periodNumber: 3 } as never })
    expect((report as any).figures).toMatchObject({ radioItems: 3, radioMinutes: 5 })
    const other = await app.payload.create({
      collection: 'cchc-reports',
      data: { unit: await unitIdByCode(app, 'kinh-te'), periodKind: 'month', year: 2026, periodNumber: 3 } as never,
    })
    expect((other as any).figures).toMatchObject({ radioItems: 0, radioMinutes: 0 })
  })
})

describe('week view', () => {
  it('shows each slot by day: programmes with their state and length, empty days, days off', async () => {
    // The week of Monday 8 June 2026: Tuesday's programme aired, Wednesday's planned, the rest empty.
    await programme([{ kind: 'script', script: words(140) }], 'aired', '2026-06-09')
    await programme([{ kind: 'script', script: words(70) }], 'planned', '2026-06-10')
    await slotAs(actors.editor, { name: 'Tối Chủ nhật', startTime: '20:00', endTime: '20:30', weekdays: ['sun'] })
    const options = resolveOptions({})
    const asEditor = await createLocalReq({ user: actors.editor.user as never }, app.payload)
    const rows = await radioWeek(asEditor, options, '2026-06-08')
    const morning = rows.find((row) => row.slot.name === 'Bản tin sáng')!
    expect(morning.cells.map((cell) => cell.programme?.programmeState ?? (cell.runs ? 'empty' : 'off'))).toEqual([
      'empty', 'aired', 'planned', 'empty', 'empty', 'empty', 'empty',
    ])
    const sundays = rows.find((row) => row.slot.name === 'Tối Chủ nhật')!
    expect(sundays.cells.map((cell) => cell.runs)).toEqual([false, false, false, false, false, false, true])

    const element = await RadioWeek({
      i18n: asEditor.i18n as never,
      payload: app.payload,
      user: actors.editor.user as never,
      options,
      searchParams: { week: '2026-06-10' },
    })
    const html = renderToStaticMarkup(element!)
    expect(html).toContain('08/06–14/06')
    expect(html).toContain('01:00 / 30:00')
    expect(html).toContain('00:30 / 30:00')
    expect(html).toContain('Đã phát')
  })
})
