/**
 * cchc-media: files are judged by their bytes (not name or declared type), kept to their kind's
 * size, resized to WebP widths when images; a refused upload changes nothing, on disk or in the
 * database. Units own their files; the public reads all but internal ones, file URLs included.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor, unitIdByCode } from './helpers/actors.ts'
import { bootApp, type Reply, type TestApp } from './helpers/boot.ts'
import { vietnameseLetters } from './helpers/languages.ts'

const slug = 'cchc-media'
const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const fixture = (name: string) => readFileSync(path.join(fixturesDir, name))

let app: TestApp
let contributor: Actor
let otherContributor: Actor
let editor: Actor
const anonymous: Actor = { role: 'anonymous' }

beforeAll(async () => {
  app = await bootApp()
  contributor = await makeActor(app, 'contributor', { unit: 'mttq' })
  otherContributor = await makeActor(app, 'contributor', { unit: 'kinh-te' })
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
})
afterAll(() => app?.close())

type Upload = { bytes: Buffer; name: string; type?: string; data?: Record<string, unknown> }

const formOf = ({ bytes, name, type = 'application/octet-stream', data = {} }: Upload) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(data))
  return form
}

const upload = (actor: Actor, file: Upload, headers?: Record<string, string>) => app.rest('POST', `/${slug}`, { token: actor.token, body: formOf(file), headers })
const replaceFile = (actor: Actor, id: number | string, file: Upload) =>
  app.rest('PATCH', `/${slug}/${id}`, { token: actor.token, body: formOf(file) })

const onDisk = () => (existsSync(app.mediaDir) ? readdirSync(app.mediaDir).sort() : [])
const stored = (id: number | string) => app.payload.findByID({ collection: slug, id, depth: 0, disableErrors: true })
const storedCount = async () => (await app.payload.count({ collection: slug })).totalDocs

/** Every file name a document has on disk: the original and each size. */
const filesOf = (doc: any): string[] => [
  doc.filename,
  ...Object.values(doc.sizes ?? {})
    .map((size: any) => size?.filename)
    .filter(Boolean),
]

/**
 * A refusal: 400 naming the field, in Vietnamese when no language is asked (and in English for
 * `Accept-Language: en`, when `english` says what it reads), and nothing stored or written.
 */
const expectRefused = async (attempt: (headers?: Record<string, string>) => Promise<Reply>, field: string, english?: RegExp) => {
  const countBefore = await storedCount()
  const filesBefore = onDisk()
  const reply = await attempt()
  expect(reply.status, JSON.stringify(reply.body)).toBe(400)
  const error = reply.body.errors[0].data.errors[0]
  expect(error.path).toBe(field)
  expect(error.message).toMatch(vietnameseLetters)
  if (english) expect((await attempt({ 'Accept-Language': 'en' })).body.errors[0].data.errors[0].message).toMatch(english)
  expect(await storedCount()).toBe(countBefore)
  expect(onDisk()).toEqual(filesBefore)
  return error.message as string
}

const uploadOk = async (actor: Actor, file: Upload) => {
  const reply = await upload(actor, file)
  expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  return reply.body.doc
}

describe('accepted files', () => {
  // Declared as octet-stream: the stored type can only have come from the bytes.
  it.each([
    ['photo.jpg', 'image/jpeg'],
    ['banner.png', 'image/png'],
    ['photo.webp', 'image/webp'],
    ['icon.gif', 'image/gif'],
    ['clip.mp4', 'video/mp4'],
    ['clip.webm', 'video/webm'],
    ['voice.mp3', 'audio/mpeg'],
    ['voice.m4a', 'audio/x-m4a'],
    ['voice.ogg', 'audio/ogg'],
    ['voice.wav', 'audio/wav'],
    ['notice.pdf', 'application/pdf'],
  ])('%s uploads, stored as %s', async (name, mime) => {
    const doc = await uploadOk(editor, { bytes: fixture(name), name, data: { alt: 'Ảnh thử' } })
    expect(doc.mimeType).toBe(mime)
    expect((await stored(doc.id))?.mimeType).toBe(mime)
    expect(onDisk()).toContain(doc.filename)
  })

  it('stores the type the bytes show, and names the file after it, whatever the client declared', async () => {
    const doc = await uploadOk(editor, { bytes: fixture('banner.png'), name: 'anh-bia.jpg', type: 'image/jpeg', data: { alt: 'Ảnh bìa' } })
    expect(doc.mimeType).toBe('image/png')
    expect(doc.filename).toMatch(/^anh-bia(-\d+)?\.png$/)
  })

  it('resizes images to phone, tablet and desktop widths in WebP, never enlarging', async () => {
    const wide = await uploadOk(editor, { bytes: fixture('banner.png'), name: 'banner.png', data: { alt: 'Băng rôn' } })
    for (const [name, width] of [['mobile', 480], ['tablet', 960], ['desktop', 1600]] as const) {
      const size = wide.sizes[name]
      expect(size).toMatchObject({ mimeType: 'image/webp', width })
      expect(size.filename).toMatch(/\.webp$/)
      expect(onDisk()).toContain(size.filename)
      const bytes = readFileSync(path.join(app.mediaDir, size.filename))
      expect((await sharp(bytes).metadata()).format).toBe('webp')
    }

    const narrow = await uploadOk(editor, { bytes: fixture('photo.jpg'), name: 'photo.jpg', data: { alt: 'Ảnh nhỏ' } })
    expect(narrow.sizes.desktop).toMatchObject({ mimeType: 'image/webp', width: 640 })
    expect(onDisk()).toContain(narrow.sizes.desktop.filename)
  })

  it('keeps alt, caption and credit', async () => {
    const doc = await uploadOk(editor, {
      bytes: fixture('photo.jpg'),
      name: 'hoi-nghi.jpg',
      data: { alt: 'Hội nghị xã', caption: 'Hội nghị tổng kết năm', credit: 'Ảnh: TTDVSNC' },
    })
    expect(await stored(doc.id)).toMatchObject({ alt: 'Hội nghị xã', caption: 'Hội nghị tổng kết năm', credit: 'Ảnh: TTDVSNC' })
  })

  it('needs no alt for a PDF, video or audio file', async () => {
    await uploadOk(editor, { bytes: fixture('notice.pdf'), name: 'thong-bao.pdf' })
    await uploadOk(editor, { bytes: fixture('voice.mp3'), name: 'loa.mp3' })
  })
})

describe('refused files change nothing', () => {
  it('an image without alt text', async () => {
    await expectRefused((headers) => upload(editor, { bytes: fixture('photo.jpg'), name: 'photo.jpg', type: 'image/jpeg' }, headers), 'alt', /alternative text/)
    await expectRefused(
      () => upload(editor, { bytes: fixture('photo.jpg'), name: 'photo.jpg', type: 'image/jpeg', data: { alt: '   ' } }),
      'alt',
    )
  })

  it('an HTML page named .jpg and declared image/jpeg', async () => {
    await expectRefused(
      (headers) => upload(editor, { bytes: fixture('page.jpg'), name: 'page.jpg', type: 'image/jpeg', data: { alt: 'x' } }, headers),
      'file',
      /match no accepted type/,
    )
  })

  it('an executable named .png and declared image/png', async () => {
    await expectRefused(
      (headers) => upload(editor, { bytes: fixture('tool.png'), name: 'tool.png', type: 'image/png', data: { alt: 'x' } }, headers),
      'file',
      /application\/x-msdownload.*cannot be uploaded/,
    )
  })

  it('an SVG, even declared as one', async () => {
    await expectRefused(
      () => upload(editor, { bytes: fixture('drawing.svg'), name: 'drawing.svg', type: 'image/svg+xml', data: { alt: 'x' } }),
      'file',
    )
  })

  it('an image over the image limit (10 MB), naming the limit', async () => {
    // Noise does not compress: 2400 × 2400 × 3 bytes stored uncompressed is about 17 MB.
    const side = 2400
    const big = await sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024)
    const message = await expectRefused(
      (headers) => upload(editor, { bytes: big, name: 'big.png', type: 'image/png', data: { alt: 'Ảnh lớn' } }, headers),
      'file',
      /at most 10 MB/,
    )
    expect(message).toContain('tối đa 10 MB')
  })

  it('a bad file through the Local API too', async () => {
    const countBefore = await storedCount()
    const filesBefore = onDisk()
    const bytes = fixture('tool.png')
    await expect(
      app.payload.create({
        collection: slug,
        data: { alt: 'x' },
        file: { data: bytes, mimetype: 'image/png', name: 'tool.png', size: bytes.length },
      }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'file', message: expect.stringMatching(/không được tải lên/) }] },
    })
    expect(await storedCount()).toBe(countBefore)
    expect(onDisk()).toEqual(filesBefore)
  })

  it('a bad replacement file keeps the document and its files as they were', async () => {
    const doc = await uploadOk(editor, { bytes: fixture('photo.jpg'), name: 'giu-nguyen.jpg', data: { alt: 'Giữ nguyên' } })
    const before = await stored(doc.id)
    await expectRefused(() => replaceFile(editor, doc.id, { bytes: fixture('tool.png'), name: 'tool.png', type: 'image/png' }), 'file')
    expect(await stored(doc.id)).toEqual(before)
    for (const name of filesOf(before)) expect(onDisk()).toContain(name)
  })

  it('a PDF replaced by an image without alt, and an image whose alt is emptied', async () => {
    const pdf = await uploadOk(editor, { bytes: fixture('notice.pdf'), name: 'doi-thanh-anh.pdf' })
    await expectRefused(() => replaceFile(editor, pdf.id, { bytes: fixture('photo.jpg'), name: 'photo.jpg' }), 'alt')
    expect((await stored(pdf.id))?.mimeType).toBe('application/pdf')

    const image = await uploadOk(editor, { bytes: fixture('photo.jpg'), name: 'xoa-alt.jpg', data: { alt: 'Có mô tả' } })
    await expectRefused(() => app.rest('PATCH', `/${slug}/${image.id}`, { token: editor.token, body: { alt: '' } }), 'alt')
    expect((await stored(image.id))?.alt).toBe('Có mô tả')
  })

  it('an image replaced by another keeps the alt it has', async () => {
    const image = await uploadOk(editor, { bytes: fixture('photo.jpg'), name: 'thay-anh.jpg', data: { alt: 'Mô tả cũ' } })
    const reply = await replaceFile(editor, image.id, { bytes: fixture('banner.png'), name: 'thay-anh-moi.png' })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(await stored(image.id)).toMatchObject({ alt: 'Mô tả cũ', mimeType: 'image/png' })
  })
})

describe('units own their files', () => {
  let own: any

  beforeAll(async () => {
    const kinhTe = await unitIdByCode(app, 'kinh-te')
    own = await uploadOk(contributor, { bytes: fixture('photo.jpg'), name: 'mttq.jpg', data: { alt: 'Ảnh MTTQ', unit: kinhTe } })
  })

  it("a contributor's upload belongs to its own unit, whatever unit it sends", async () => {
    expect((await stored(own.id))?.unit).toBe(contributor.unitId)
  })

  it('a contributor of another unit can neither change nor delete it, by REST or the Local API', async () => {
    const before = await stored(own.id)
    const patch = await app.rest('PATCH', `/${slug}/${own.id}`, { token: otherContributor.token, body: { caption: 'Sửa trộm' } })
    expect([403, 404]).toContain(patch.status)
    const remove = await app.rest('DELETE', `/${slug}/${own.id}`, { token: otherContributor.token })
    expect([403, 404]).toContain(remove.status)
    await expect(
      app.payload.update({ collection: slug, id: own.id, data: { caption: 'Sửa trộm' }, user: otherContributor.user, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(app.payload.delete({ collection: slug, id: own.id, user: otherContributor.user, overrideAccess: false })).rejects.toThrow()
    expect(await stored(own.id)).toEqual(before)
    for (const name of filesOf(before)) expect(onDisk()).toContain(name)
  })

  it('its own contributor can change it, but not move it to another unit', async () => {
    const kinhTe = await unitIdByCode(app, 'kinh-te')
    const reply = await app.rest('PATCH', `/${slug}/${own.id}`, { token: contributor.token, body: { caption: 'Chú thích', unit: kinhTe } })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(await stored(own.id)).toMatchObject({ caption: 'Chú thích', unit: contributor.unitId })
  })

  it('the editor can change and delete it, and deleting removes its files', async () => {
    const reply = await app.rest('PATCH', `/${slug}/${own.id}`, { token: editor.token, body: { credit: 'Biên tập' } })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const doc = await stored(own.id)
    expect(doc?.credit).toBe('Biên tập')

    const remove = await app.rest('DELETE', `/${slug}/${own.id}`, { token: editor.token })
    expect(remove.status, JSON.stringify(remove.body)).toBe(200)
    expect(await stored(own.id)).toBeNull()
    for (const name of filesOf(doc)) expect(onDisk()).not.toContain(name)
  })
})

describe('the public', () => {
  let publicDoc: any
  let internalDoc: any

  beforeAll(async () => {
    publicDoc = await uploadOk(contributor, { bytes: fixture('photo.jpg'), name: 'cong-khai.jpg', data: { alt: 'Công khai' } })
    internalDoc = await uploadOk(contributor, {
      bytes: fixture('photo.jpg'),
      name: 'noi-bo.jpg',
      data: { alt: 'Nội bộ', internal: true },
    })
  })

  it('cannot upload', async () => {
    const countBefore = await storedCount()
    const filesBefore = onDisk()
    const reply = await upload(anonymous, { bytes: fixture('photo.jpg'), name: 'an-danh.jpg', data: { alt: 'x' } })
    expect(reply.status).toBe(403)
    expect(await storedCount()).toBe(countBefore)
    expect(onDisk()).toEqual(filesBefore)
  })

  it('reads public files but not internal ones, nor the internal flag, through REST', async () => {
    const list = await app.rest('GET', `/${slug}?limit=200&depth=0`)
    expect(list.status).toBe(200)
    const ids = list.body.docs.map((d: any) => d.id)
    expect(ids).toContain(publicDoc.id)
    expect(ids).not.toContain(internalDoc.id)
    for (const doc of list.body.docs) expect(doc).not.toHaveProperty('internal')

    expect((await app.rest('GET', `/${slug}/${publicDoc.id}`)).status).toBe(200)
    expect([403, 404]).toContain((await app.rest('GET', `/${slug}/${internalDoc.id}`)).status)
  })

  it('through GraphQL', async () => {
    const reply = await app.graphql('{ CchcMediaItems(limit: 200) { docs { id filename internal } } }')
    expect(reply.body.errors).toBeUndefined()
    const docs = reply.body.data.CchcMediaItems.docs
    expect(docs.map((d: any) => d.id)).toContain(publicDoc.id)
    expect(docs.map((d: any) => d.id)).not.toContain(internalDoc.id)
    for (const doc of docs) expect(doc.internal).toBeNull()

    const one = await app.graphql('query($id: Int!) { CchcMedia(id: $id) { id } }', { id: internalDoc.id })
    expect(one.body.data?.CchcMedia ?? null).toBeNull()
  })

  it('through the Local API with access enforced', async () => {
    const found = await app.payload.find({ collection: slug, overrideAccess: false, limit: 200, depth: 0 })
    const ids = found.docs.map((d) => d.id)
    expect(ids).toContain(publicDoc.id)
    expect(ids).not.toContain(internalDoc.id)
    for (const doc of found.docs) expect(doc).not.toHaveProperty('internal')
  })

  it('through the file URLs, original and resized', async () => {
    const open = await app.rest('GET', `/${slug}/file/${publicDoc.filename}`)
    expect(open.status).toBe(200)
    expect(open.headers.get('content-type')).toBe('image/jpeg')
    expect((await app.rest('GET', `/${slug}/file/${publicDoc.sizes.mobile.filename}`)).status).toBe(200)

    expect((await app.rest('GET', `/${slug}/file/${internalDoc.filename}`)).status).not.toBe(200)
    expect((await app.rest('GET', `/${slug}/file/${internalDoc.sizes.mobile.filename}`)).status).not.toBe(200)
  })

  it('while its unit and the editors read the internal file and its flag', async () => {
    for (const actor of [contributor, editor]) {
      const reply = await app.rest('GET', `/${slug}/${internalDoc.id}`, { token: actor.token })
      expect(reply.status).toBe(200)
      expect(reply.body.internal).toBe(true)
      expect((await app.rest('GET', `/${slug}/file/${internalDoc.filename}`, { token: actor.token })).status).toBe(200)
    }
    expect([403, 404]).toContain((await app.rest('GET', `/${slug}/${internalDoc.id}`, { token: otherContributor.token })).status)
  })
})

describe('GraphQL names', () => {
  it('are CchcMedia and CchcMediaItems', async () => {
    const reply = await app.graphql(
      '{ __type(name: "CchcMedia") { name } s: __schema { queryType { fields { name } } mutationType { fields { name } } } }',
    )
    expect(reply.body.data.__type?.name).toBe('CchcMedia')
    const names = (type: { fields: { name: string }[] }) => type.fields.map((f) => f.name)
    expect(names(reply.body.data.s.queryType)).toEqual(expect.arrayContaining(['CchcMedia', 'CchcMediaItems', 'countCchcMediaItems']))
    expect(names(reply.body.data.s.mutationType)).toEqual(
      expect.arrayContaining(['createCchcMedia', 'updateCchcMedia', 'deleteCchcMedia']),
    )
  })
})
