/**
 * Images that would cost the server more than they are worth are refused from their header, and
 * the stored original keeps no metadata of the photographer's (GPS position, name, copyright),
 * turned upright first so it shows as it was taken.
 */
import exifReader from 'exif-reader'
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, makeActor } from './helpers/actors.ts'
import { bootApp, type TestApp } from './helpers/boot.ts'

let app: TestApp
let editor: Actor

beforeAll(async () => {
  app = await bootApp()
  editor = await makeActor(app, 'editor', { unit: 'ttdvsnc' })
})
afterAll(() => app?.close())

const pngChunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A black-and-white PNG of `width` × `height`: all-white rows deflate a thousandfold. */
const bitmapPng = (width: number, height: number, pixelData?: Buffer) => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 1 // one bit per pixel, greyscale
  const rows = pixelData ?? deflateSync(Buffer.alloc((Math.ceil(width / 8) + 1) * height), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', rows),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

const form = (bytes: Buffer, name: string) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), name)
  body.append('_payload', JSON.stringify({ alt: 'Ảnh thử' }))
  return body
}
const upload = (bytes: Buffer, name: string, headers?: Record<string, string>) => app.rest('POST', '/cchc-media', { token: editor.token, body: form(bytes, name), headers })
const onDisk = () => (existsSync(app.mediaDir) ? readdirSync(app.mediaDir).sort() : [])
const storedCount = async () => (await app.payload.count({ collection: 'cchc-media' })).totalDocs

describe('image bombs', () => {
  it('refuses the 31 kB PNG of 16,000 × 16,000 pixels with a 400 on `file`, and keeps nothing', async () => {
    const bomb = bitmapPng(16_000, 16_000)
    expect(bomb.length).toBeLessThan(40_000)
    const [countBefore, filesBefore] = [await storedCount(), onDisk()]
    const reply = await upload(bomb, 'bomb.png')
    expect(reply.status, JSON.stringify(reply.body)).toBe(400)
    const error = reply.body.errors[0].data.errors[0]
    expect(error.path).toBe('file')
    expect(error.message).toContain('16000 × 16000 (256 triệu), tối đa 50 triệu')
    const english = await upload(bomb, 'bomb.png', { 'Accept-Language': 'en' })
    expect(english.body.errors[0].data.errors[0].message).toContain('The image has too many pixels: 16000 × 16000 (256 million), at most 50 million')
    expect(await storedCount()).toBe(countBefore)
    expect(onDisk()).toEqual(filesBefore)
  })

  it('judges from the header alone: the same header over pixel data that cannot be decoded gets the same refusal', async () => {
    const reply = await upload(bitmapPng(16_000, 16_000, randomBytes(64)), 'bomb.png')
    expect(reply.status).toBe(400)
    expect(reply.body.errors[0].data.errors[0].message).toContain('16000 × 16000')
  })

  it('refuses it through the Local API too', async () => {
    const bomb = bitmapPng(16_000, 16_000)
    await expect(
      app.payload.create({
        collection: 'cchc-media',
        data: { alt: 'Ảnh thử' },
        file: { data: bomb, mimetype: 'image/png', name: 'bomb.png', size: bomb.length },
        user: editor.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'file' }] } })
  })

  it('takes an image just under the limit', async () => {
    const reply = await upload(bitmapPng(7_000, 7_000), 'large.png')
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    expect(reply.body.doc).toMatchObject({ width: 7000, height: 7000 })
  })
})

describe('metadata of the stored original', () => {
  // 60 × 40, red on the left and blue on the right, stored sideways: EXIF orientation 6 says
  // "turn 90° clockwise to show", so it shows 40 × 60 with red on top.
  const sideways = (format: 'jpeg' | 'png' | 'webp') => {
    const pixels = Buffer.alloc(60 * 40 * 3)
    for (let y = 0; y < 40; y++) for (let x = 0; x < 60; x++) pixels[(y * 60 + x) * 3 + (x < 30 ? 0 : 2)] = 255
    return sharp(pixels, { raw: { width: 60, height: 40, channels: 3 } })
      [format]()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Artist: 'Nguyễn Văn A', Copyright: 'Ảnh của Nguyễn Văn A' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '20/1 44/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 14/1 0/1' },
      })
      .toBuffer()
  }

  /** The colour at (x, y): which of red and blue is stronger. */
  const colourAt = async (image: Buffer, x: number, y: number) => {
    const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true })
    const at = (y * info.width + x) * info.channels
    return data[at]! > data[at + 2]! ? 'red' : 'blue'
  }

  it.each(['jpeg', 'png', 'webp'] as const)('%s: no GPS, artist or copyright left, and the picture upright', async (format) => {
    const original = await sideways(format)
    const sent = exifReader((await sharp(original).metadata()).exif!)
    expect(sent.GPSInfo?.GPSLatitude).toEqual([20, 44, 0])
    expect(sent.Image).toMatchObject({ Orientation: 6 })

    const reply = await upload(original, `anh.${format === 'jpeg' ? 'jpg' : format}`)
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const doc = reply.body.doc
    expect(doc).toMatchObject({ width: 40, height: 60 })

    const stored = readFileSync(path.join(app.mediaDir, doc.filename))
    const metadata = await sharp(stored).metadata()
    expect(metadata.format).toBe(format)
    expect(metadata.exif).toBeUndefined()
    expect(metadata.xmp).toBeUndefined()
    expect(stored.includes(Buffer.from('Nguy'))).toBe(false)
    expect([metadata.width, metadata.height, metadata.orientation ?? 1]).toEqual([40, 60, 1])
    expect(await colourAt(stored, 20, 10)).toBe('red')
    expect(await colourAt(stored, 20, 50)).toBe('blue')

    for (const size of Object.values(doc.sizes) as { filename: string }[]) {
      expect((await sharp(readFileSync(path.join(app.mediaDir, size.filename))).metadata()).exif).toBeUndefined()
    }
  })
})
