/** The annex of a Quyết định công bố TTHC, imported from CSV: every row checked, every error located. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { annexColumns } from '../src/lib/annexColumns.ts'
import { type AnnexError, annexErrors, maxAnnexErrors, parseAnnexCsv } from '../src/lib/annexCsv.ts'
import { checkItems, type KnownProcedure } from '../src/lib/announcementPlan.ts'
import { foldVietnamese } from '../src/lib/foldVietnamese.ts'
import type { AnnouncementItem } from '../src/lib/procedure.ts'
import { annexProblemMessage } from '../src/translations/annexProblems.ts'
import { inBothLanguages } from './helpers/languages.ts'

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'annex')
const fixture = (name: string) => readFileSync(path.join(fixturesDir, name))

const items = (input: Uint8Array | string): AnnouncementItem[] => {
  const result = parseAnnexCsv(input)
  if (!result.ok) throw new Error(`expected items, got ${JSON.stringify(result.errors, null, 2)}`)
  return result.items
}
type Worded = { row: number; column?: string; message: string }
/** An error as the import answers it, in Vietnamese and in English. */
const worded = ({ row, column, problem }: AnnexError): Worded => ({
  row,
  ...(column === undefined ? {} : { column }),
  message: inBothLanguages((from) => annexProblemMessage(from, problem)),
})
/** The procedures in force, for the decision's rules. */
const inForce = (...codes: string[]): Map<string, KnownProcedure> => new Map(codes.map((code) => [code, { code, status: 'active' }]))
/**
 * Every error of a file as the import reports it: those of reading it and, given the procedures
 * in force (`known`), those the decision's rules find in its items.
 */
const errors = (input: Uint8Array | string, known?: Map<string, KnownProcedure>): Worded[] => {
  const result = parseAnnexCsv(input)
  const found = annexErrors(result, known ? checkItems({ items: result.items, known, applied: new Set() }).errors : [])
  if (found.length === 0) throw new Error(`expected errors, got ${JSON.stringify(result.items, null, 2)}`)
  return found.map(worded)
}
const isBilingual = (message: string) => expect(message).toMatch(/\S \/ \S/)

describe('annexColumns', () => {
  it('documents every column, each header read as one column only', () => {
    const seen = new Map<string, string>()
    for (const column of annexColumns) {
      expect(column.description.vi && column.description.en, column.key).toBeTruthy()
      for (const header of [column.vi, column.en, ...column.headers]) {
        const folded = foldVietnamese(header).replace(/[^a-z0-9]+/g, ' ').trim()
        expect(seen.get(folded) ?? column.key, header).toBe(column.key)
        seen.set(folded, column.key)
      }
    }
    expect(annexColumns.map((column) => column.key)).toEqual(
      expect.arrayContaining(['kind', 'code', 'replacementCode', 'name', 'partialReason', 'effectiveDate']),
    )
  })
})

describe('parseAnnexCsv: good files', () => {
  it('reads Vietnamese headers with diacritics, quoted cells and line breaks in a cell', () => {
    expect(items(fixture('vietnamese.csv'))).toEqual([
      {
        kind: 'new',
        code: '1.000894',
        fullCode: '1.000894.000.00.00.H29',
        effectiveDate: '2026-07-01',
        data: {
          name: 'Đăng ký khai sinh',
          sector: 'Hộ tịch',
          level: 'commune',
          agency: 'Ủy ban nhân dân xã',
          onlineLevel: 'toan_trinh',
          channels: ['in_person', 'online', 'postal'],
          processingTime: 'Ngay trong ngày',
          fees: 'Miễn lệ phí',
          result: 'Giấy khai sinh',
          portalUrl:
            'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000894',
        },
      },
      {
        kind: 'amended',
        code: '2.000806',
        changes: 'Sửa đổi thời hạn giải quyết\nvà thành phần hồ sơ',
        effectiveDate: '2026-07-01',
        data: {
          name: 'Chứng thực bản sao từ bản chính',
          sector: 'Chứng thực',
          level: 'commune',
          onlineLevel: 'mot_phan',
          partialReason: 'Người yêu cầu phải xuất trình bản chính để đối chiếu',
          channels: ['in_person'],
          processingTime: 'Trong ngày; nếu nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo',
        },
      },
      // Replaced by a procedure the same decision creates: legitimate.
      { kind: 'replaced', code: '3.000181', replacementCode: '1.000999' },
      {
        kind: 'new',
        code: '1.000999',
        data: {
          name: 'Đăng ký kết hôn',
          sector: 'Hộ tịch',
          level: 'commune',
          onlineLevel: 'toan_trinh',
          channels: ['in_person'],
          processingTime: '05 ngày làm việc',
          requirements: 'Hai bên nam, nữ đủ tuổi kết hôn',
        },
      },
      {
        kind: 'repealed',
        code: '1.001612',
        fullCode: '1.001612.000.00.00.H42',
        effectiveDate: '2026-07-01',
        data: { name: 'Cấp bản sao trích lục hộ tịch' },
      },
    ])
  })

  it('gives the spreadsheet row of each item and the headers as written, for later errors', () => {
    const result = parseAnnexCsv(fixture('vietnamese.csv'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    // Row 3 holds a line break in a cell and stays one row; row 6 is empty and skipped.
    expect(result.rows).toEqual([2, 3, 4, 5, 7])
    expect(result.headers).toMatchObject({ kind: 'Loại thay đổi', code: 'Mã thủ tục', fees: 'Phí, lệ phí' })
  })

  it('reads headers and values without diacritics, in capitals, with underscores', () => {
    expect(items(fixture('no-diacritics.csv'))).toEqual([
      {
        kind: 'new',
        code: '1.000894',
        effectiveDate: '2026-07-01',
        data: {
          name: 'Dang ky khai sinh',
          sector: 'Ho tich',
          level: 'commune',
          onlineLevel: 'toan_trinh',
          channels: ['in_person', 'online'],
        },
      },
      {
        kind: 'amended',
        code: '2.000806',
        changes: 'Sua doi thoi han',
        data: { onlineLevel: 'mot_phan', partialReason: 'Phai xuat trinh ban chinh', channels: ['postal'] },
      },
      { kind: 'repealed', code: '1.001612' },
    ])
  })

  it('reads English headers and values', () => {
    expect(items(fixture('english.csv'))).toEqual([
      {
        kind: 'new',
        code: '1.000894',
        effectiveDate: '2026-07-01',
        data: {
          name: 'Birth registration',
          sector: 'Civil status',
          level: 'commune',
          onlineLevel: 'toan_trinh',
          channels: ['in_person', 'online'],
          portalUrl: 'https://dichvucong.gov.vn/p/home',
        },
      },
      {
        kind: 'amended',
        code: '2.000806',
        changes: 'Processing time shortened',
        data: { onlineLevel: 'mot_phan', partialReason: 'Original must be shown', channels: ['postal'] },
      },
      { kind: 'replaced', code: '3.000181', replacementCode: '1.000999' },
      // `none`: explicitly not online, kept as null (an empty cell would leave it out).
      {
        kind: 'new',
        code: '1.000999',
        data: { name: 'Marriage registration', sector: 'Civil status', level: 'commune', onlineLevel: null, channels: ['in_person'] },
      },
      { kind: 'repealed', code: '1.001612' },
    ])
  })

  it('reads an Excel file in a Vietnamese locale: semicolons, BOM, CRLF, a comma in a header', () => {
    const bytes = fixture('semicolon-bom.csv')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(items(bytes)).toEqual([
      {
        kind: 'new',
        code: '1.000894',
        fullCode: '1.000894.000.00.00.H29',
        effectiveDate: '2026-07-01',
        data: { name: 'Đăng ký khai sinh', sector: 'Hộ tịch', fees: 'Miễn lệ phí', channels: ['in_person', 'online'] },
      },
      { kind: 'repealed', code: '2.000806' },
    ])
  })

  it('takes a string as well as bytes, with its BOM, and Excel’s sep= line', () => {
    const csv = '\uFEFFkind,code\r\nrepealed,1.000894\r\n'
    expect(items(csv)).toEqual([{ kind: 'repealed', code: '1.000894' }])
    expect(items(new TextEncoder().encode(csv))).toEqual([{ kind: 'repealed', code: '1.000894' }])
    expect(items('sep=;\nkind;code\nrepealed;1.000894\n')).toEqual([{ kind: 'repealed', code: '1.000894' }])
  })

  it('reads legacy online levels and the spellings of kinds and channels', () => {
    const csv = [
      'loại,mã,tên,lĩnh vực,mức độ,lý do,cách thức',
      'mới,1.000001,A,X,Mức độ 3,Cần bản chính,Nộp hồ sơ qua dịch vụ bưu chính công ích',
      'MỚI BAN HÀNH,1.000002,B,X,4,,Trực tuyến',
      'ban hanh moi,1.000003,C,X,Không,,',
      'mới,1.000004,D,X,DVC một phần,Ký trực tiếp,"trực tuyến\ntrực tiếp"',
    ].join('\n')
    expect(items(csv).map((item) => [item.code, item.data?.onlineLevel, item.data?.channels])).toEqual([
      ['1.000001', 'mot_phan', ['postal']],
      ['1.000002', 'toan_trinh', ['online']],
      ['1.000003', null, undefined],
      ['1.000004', 'mot_phan', ['in_person', 'online']],
    ])
  })

  it('normalises decomposed Vietnamese (as macOS writes it) to NFC', () => {
    const csv = 'Loại thay đổi,Mã thủ tục,Tên thủ tục,Lĩnh vực\nMới ban hành,1.000001,Đăng ký khai tử,Hộ tịch\n'.normalize('NFD')
    expect(items(csv)[0]!.data).toEqual({ name: 'Đăng ký khai tử'.normalize('NFC'), sector: 'Hộ tịch'.normalize('NFC') })
  })

  it('reads 500 rows', () => {
    const header = 'Loại thay đổi;Mã thủ tục;Tên thủ tục;Lĩnh vực;Mức độ DVC;Lý do một phần;Cách thức thực hiện;Ngày hiệu lực'
    const rows = Array.from({ length: 500 }, (_, i) => {
      const code = `1.${String(100000 + i).padStart(6, '0')}`
      return i % 2 === 0
        ? `Mới ban hành;${code};Thủ tục số ${i};Hộ tịch;Toàn trình;;Trực tiếp, Trực tuyến;01/07/2026`
        : `Bãi bỏ;${code};;;;;;`
    })
    const result = items([header, ...rows].join('\r\n'))
    expect(result).toHaveLength(500)
    expect(result[0]).toEqual({
      kind: 'new',
      code: '1.100000',
      effectiveDate: '2026-07-01',
      data: { name: 'Thủ tục số 0', sector: 'Hộ tịch', onlineLevel: 'toan_trinh', channels: ['in_person', 'online'] },
    })
    expect(result[499]).toEqual({ kind: 'repealed', code: '1.100499' })
  })
})

describe('parseAnnexCsv: bad files', () => {
  it('refuses a file that is not UTF-8 (Latin-1 / Windows-1258 bytes)', () => {
    // "Loại,Mã\r\nMới,1.000894" as a legacy code page writes "ã" and "ớ": bytes invalid as UTF-8.
    const bytes = Buffer.from([
      ...Buffer.from('Lo'), 0xe0, ...Buffer.from('i,M'), 0xe3, 0x0d, 0x0a,
      ...Buffer.from('M'), 0xf4, 0xec, ...Buffer.from('i,1.000894'), 0x0d, 0x0a,
    ])
    const found = errors(bytes)
    expect(found).toHaveLength(1)
    expect(found[0]).toEqual({ row: 0, message: expect.stringContaining('Tệp không phải UTF-8') })
    expect(found[0]!.message).toContain("save as 'CSV UTF-8")
    // Excel's "Unicode text" (UTF-16) is refused the same way.
    expect(errors(Buffer.from('\uFEFFkind,code\n', 'utf16le'))[0]!.message).toContain('UTF-8')
  })

  it('refuses an empty file', () => {
    expect(errors('')).toEqual([{ row: 0, message: 'Tệp trống. / The file is empty.' }])
    expect(errors('\uFEFF \r\n')).toHaveLength(1)
  })

  it('refuses a file with headers but no procedure rows', () => {
    expect(errors('kind,code\n,\n')).toEqual([{ row: 2, message: expect.stringContaining('no procedure rows') }])
  })

  it('names a missing required column on row 1', () => {
    const found = errors('Tên thủ tục,Lĩnh vực\nĐăng ký khai sinh,Hộ tịch\n')
    expect(found).toHaveLength(2)
    expect(found.every((error) => error.row === 1 && error.column === undefined)).toBe(true)
    expect(found[0]!.message).toMatch(/^Thiếu cột bắt buộc «Loại thay đổi».* \/ Missing required column "kind"/)
    expect(found[1]!.message).toMatch(/^Thiếu cột bắt buộc «Mã thủ tục».* \/ Missing required column "code"/)
  })

  it('names an unknown header, as written, so that a typo is not ignored', () => {
    const found = errors('Loại,Mã thủ tục,Tên thủ tụcc\nBãi bỏ,1.000894,Đăng ký khai sinh\n')
    expect(found).toEqual([
      {
        row: 1,
        column: 'Tên thủ tụcc',
        message: expect.stringMatching(/^Không nhận ra cột «Tên thủ tụcc»\. .* \/ Unknown column "Tên thủ tụcc"\. Known columns: kind, code/),
      },
    ])
  })

  it('refuses two headers for the same column', () => {
    const found = errors('Mã thủ tục,code,loại\n1.000894,1.000894,bãi bỏ\n')
    expect(found).toEqual([{ row: 1, column: 'code', message: expect.stringContaining('Column "code" repeats column "Mã thủ tục"') }])
  })

  it('refuses data under a column without a header, but not empty trailing columns', () => {
    expect(items('kind,code,,\nrepealed,1.000894,,\n')).toEqual([{ kind: 'repealed', code: '1.000894' }])
    expect(errors('kind,code,\nrepealed,1.000894,x\n')).toEqual([
      { row: 1, column: 'C', message: expect.stringContaining('Column C has data but no header') },
    ])
    expect(errors('kind,code\nrepealed,1.000894,x\n')).toEqual([
      { row: 2, column: 'C', message: expect.stringContaining('beyond the headed columns') },
    ])
  })

  it('refuses duplicate codes, naming both rows', () => {
    const csv = [
      'Loại,Mã thủ tục,Tên thủ tục,Lĩnh vực,Mã thay thế',
      'Mới,1.000894,Đăng ký khai sinh,Hộ tịch,',
      'Bãi bỏ,2.000806,,,',
      'Mới,1.000894.000.00.00.H29,Đăng ký khai sinh,Hộ tịch,',
      'Sửa đổi bổ sung,2.000806,,,',
    ].join('\n')
    // Row 5 is also missing its changes; both problems are reported.
    expect(errors(csv, inForce('2.000806'))).toEqual([
      { row: 4, column: 'Mã thủ tục', message: expect.stringMatching(/^Mã 1\.000894 đã có ở dòng 2.* \/ Code 1\.000894 is already in row 2/) },
      { row: 5, column: 'Nội dung sửa đổi', message: expect.stringContaining('Say what the amendment changes') },
      { row: 5, column: 'Mã thủ tục', message: expect.stringContaining('đã có ở dòng 3') },
    ])
  })

  it('refuses a code both replaced and created, and a replacement the decision repeals', () => {
    const csv = [
      'kind,code,replacement code,name,sector',
      'replaced,1.000001,1.000002,,',
      'new,1.000001,,A,X',
      'repealed,1.000002,,,',
    ].join('\n')
    expect(errors(csv, inForce('1.000001', '1.000002'))).toEqual([
      { row: 2, column: 'replacement code', message: expect.stringContaining('The replacing procedure 1.000002 is itself repealed in row 4') },
      { row: 3, column: 'code', message: expect.stringContaining('Code 1.000001 is already in row 2') },
    ])
  })

  it('refuses a procedure replaced by itself, or a replaced row without a replacement', () => {
    const csv = ['Loại,Mã thủ tục,Mã thay thế', 'Thay thế,1.000894,1.000894.000.00.00.H29', 'Thay thế,2.000806,', 'Bãi bỏ,3.000181,1.000001'].join('\n')
    expect(errors(csv, inForce('1.000894', '2.000806', '3.000181', '1.000001'))).toEqual([
      { row: 2, column: 'Mã thay thế', message: expect.stringMatching(/^Thủ tục 1\.000894 không thể thay thế chính nó.* \/ Procedure 1\.000894 cannot replace itself/) },
      { row: 3, column: 'Mã thay thế', message: expect.stringMatching(/^Cần mã thủ tục thay thế.* \/ The replacing procedure’s code is required/) },
      { row: 4, column: 'Mã thay thế', message: expect.stringContaining('only for replaced items') },
    ])
  })

  it('refuses một phần without its reason, and a reason on a toàn trình service', () => {
    const csv = [
      'Loại,Mã thủ tục,Tên thủ tục,Lĩnh vực,Mức độ DVC,Lý do một phần',
      'Mới,1.000001,A,X,Một phần,',
      'Mới,1.000002,B,X,Toàn trình,Vì sao',
    ].join('\n')
    expect(errors(csv, inForce())).toEqual([
      { row: 2, column: 'Lý do một phần', message: expect.stringMatching(/^Dịch vụ công trực tuyến một phần phải công khai lý do.*224\/2026\/NĐ-CP.* \/ A partly online service must publish its reason/) },
      { row: 3, column: 'Lý do một phần', message: expect.stringContaining('belongs only to a partly online (một phần) service') },
    ])
  })

  it('refuses a date that does not exist, and one in the wrong form', () => {
    const csv = ['Loại,Mã thủ tục,Ngày hiệu lực', 'Bãi bỏ,1.000001,31/02/2026', 'Bãi bỏ,1.000002,1/7/26', 'Bãi bỏ,1.000003,29/02/2028'].join('\n')
    expect(errors(csv)).toEqual([
      { row: 2, column: 'Ngày hiệu lực', message: expect.stringMatching(/^Ngày không hợp lệ «31\/02\/2026».* \/ Invalid date "31\/02\/2026"/) },
      { row: 3, column: 'Ngày hiệu lực', message: expect.stringContaining('Invalid date "1/7/26"') },
    ])
  })

  it('refuses a bad procedure code, and a missing one', () => {
    const csv = ['kind,code', 'repealed,1.00089', 'repealed,abc', 'repealed,'].join('\n')
    expect(errors(csv)).toEqual([
      { row: 2, column: 'code', message: expect.stringMatching(/^Mã thủ tục không hợp lệ: «1\.00089».* \/ Invalid procedure code: "1\.00089"/) },
      { row: 3, column: 'code', message: expect.stringContaining('Invalid procedure code: "abc"') },
      { row: 4, column: 'code', message: 'Thiếu mã thủ tục. / Missing procedure code.' },
    ])
  })

  it('refuses an amended row without changes, and a new one without name and sector', () => {
    const csv = ['Loại,Mã thủ tục,Tên thủ tục,Lĩnh vực,Nội dung sửa đổi', 'Sửa đổi bổ sung,1.000001,,,', 'Mới,1.000002,,,'].join('\n')
    expect(errors(csv, inForce('1.000001'))).toEqual([
      { row: 2, column: 'Nội dung sửa đổi', message: expect.stringMatching(/^Cần ghi nội dung sửa đổi, bổ sung.* \/ Say what the amendment changes/) },
      { row: 3, column: 'Tên thủ tục', message: expect.stringContaining('A new procedure needs a name') },
      { row: 3, column: 'Lĩnh vực', message: expect.stringContaining('A new procedure needs a field') },
    ])
  })

  it('refuses unknown values, naming the cell, and reports every problem of a row', () => {
    const csv = [
      'loại,mã,cấp thực hiện,mức độ,cách thức,đường dẫn',
      'hủy,1.000001,cấp thôn,mức độ 5,"trực tiếp, fax",http://dichvucong.gov.vn',
      'bãi bỏ,1.000002,,,,https://',
    ].join('\n')
    const found = errors(csv)
    expect(found.map((error) => [error.row, error.column])).toEqual([
      [2, 'loại'],
      [2, 'cấp thực hiện'],
      [2, 'mức độ'],
      [2, 'cách thức'],
      [2, 'đường dẫn'],
      [3, 'đường dẫn'],
    ])
    expect(found[0]!.message).toContain('Unknown kind "hủy"')
    expect(found[1]!.message).toContain('Unknown level "cấp thôn"')
    expect(found[2]!.message).toContain('Unknown online level "mức độ 5"')
    expect(found[3]!.message).toContain('Unknown channel "fax"')
    expect(found[4]!.message).toContain('starting with https://')
    for (const error of found) isBilingual(error.message)
  })

  it('reports a malformed CSV instead of throwing', () => {
    const found = errors('kind,code\nrepealed,"1.000894\n')
    expect(found).toHaveLength(1)
    expect(found[0]!.message).toMatch(/^Tệp CSV sai cấu trúc .* \/ The CSV is malformed/)
  })

  it(`lists the first ${maxAnnexErrors} errors, then counts the rest`, () => {
    const rows = Array.from({ length: 250 }, (_, i) => `Bãi bỏ,x${i}`)
    const found = errors(['Loại,Mã', ...rows].join('\n'))
    expect(found).toHaveLength(maxAnnexErrors + 1)
    expect(found[0]!.row).toBe(2)
    expect(found[maxAnnexErrors - 1]!.row).toBe(maxAnnexErrors + 1)
    expect(found[maxAnnexErrors]).toEqual({ row: 0, message: '… và 50 lỗi khác chưa hiển thị. / … and 50 more errors not shown.' })
  })
})
