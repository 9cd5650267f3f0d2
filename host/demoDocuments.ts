import type { Payload } from 'payload'

const day = (value: string) => `${value}T12:00:00.000Z`

/**
 * The four documents the commune's letter on CCHC propaganda in 2026 cites, with their real numbers
 * and dates (published), and the letter itself (a draft of Phòng VH-XH: its number and day are
 * blank in the source, "Số: /UBND-VHXH", "ngày tháng 5 năm 2026", so none is made up), whose "căn
 * cứ" link the four.
 */
export const createDemoDocuments = async (payload: Payload): Promise<void> => {
  if ((await payload.count({ collection: 'cchc-documents' as 'units' })).totalDocs > 0) return
  const units = await payload.find({ collection: 'units', depth: 0, pagination: false, select: { code: true } })
  const unitId = new Map(units.docs.map((unit) => [unit.code, unit.id]))

  const issuerNames = ['UBND xã Thanh Miện', 'UBND thành phố Hải Phòng', 'Văn phòng UBND thành phố Hải Phòng', 'Bộ Nội vụ', 'Sở Nội vụ thành phố Hải Phòng']
  const issuer = new Map<string, number | string>()
  for (const [order, name] of issuerNames.entries()) {
    const found = await payload.find({ collection: 'cchc-document-issuers' as 'units', where: { name: { equals: name } }, depth: 0, limit: 1 })
    const doc = found.docs[0] ?? (await payload.create({ collection: 'cchc-document-issuers' as 'units', data: { name, order: (order + 1) * 10 } as never }))
    issuer.set(name, doc.id)
  }

  const publish = async (data: Record<string, unknown>) =>
    (await payload.create({ collection: 'cchc-documents' as 'units', data: { unit: unitId.get('ttdvsnc'), ...data, _status: 'published' } as never })).id

  const ministry = await publish({
    number: '367/QĐ-BNV',
    kind: 'decision',
    issuer: issuer.get('Bộ Nội vụ'),
    issuedAt: day('2026-03-31'),
    summary: 'Ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2026',
  })
  const city = await publish({
    number: '247/QĐ-UBND',
    kind: 'decision',
    issuer: issuer.get('UBND thành phố Hải Phòng'),
    signer: 'Chủ tịch UBND thành phố',
    issuedAt: day('2026-01-20'),
    summary: 'Ban hành Kế hoạch tuyên truyền cải cách hành chính nhà nước thành phố Hải Phòng năm 2026',
  })
  const office = await publish({
    number: '4110/VP-NVKTGS',
    kind: 'dispatch',
    issuer: issuer.get('Văn phòng UBND thành phố Hải Phòng'),
    issuedAt: day('2026-04-15'),
    summary: 'Triển khai công tác thông tin, tuyên truyền cải cách hành chính năm 2026',
  })
  const plan = await publish({
    number: '42/KH-UBND',
    kind: 'plan',
    issuer: issuer.get('UBND xã Thanh Miện'),
    issuedAt: day('2026-01-30'),
    summary: 'Tuyên truyền cải cách hành chính nhà nước xã Thanh Miện năm 2026',
  })

  await payload.create({
    collection: 'cchc-documents' as 'units',
    data: {
      kind: 'dispatch',
      issuer: issuer.get('UBND xã Thanh Miện'),
      signer: 'Lê Anh Tuấn (KT. Chủ tịch, Phó Chủ tịch)',
      summary: 'V/v triển khai công tác thông tin, tuyên truyền cải cách hành chính năm 2026',
      basis: [
        { number: '367/QĐ-BNV', title: 'Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2026 (Bộ Nội vụ, 31/3/2026)', document: ministry },
        { number: '247/QĐ-UBND', title: 'Kế hoạch tuyên truyền cải cách hành chính nhà nước thành phố Hải Phòng năm 2026 (20/01/2026)', document: city },
        { number: '4110/VP-NVKTGS', title: 'Triển khai công tác thông tin, tuyên truyền CCHC năm 2026 (15/4/2026; "thực hiện")', document: office },
        { number: '42/KH-UBND', title: 'Kế hoạch tuyên truyền CCHC nhà nước xã Thanh Miện năm 2026 (30/01/2026)', document: plan },
      ],
      unit: unitId.get('vhxh'),
      _status: 'draft',
    } as never,
  })
  payload.logger.info('demo: documents 367/QĐ-BNV, 247/QĐ-UBND, 4110/VP-NVKTGS, 42/KH-UBND, and the commune letter citing them (draft, not yet numbered)')
}
