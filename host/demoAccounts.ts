import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

/** One demo account per role: an administrator, a TTDVSNC editor, a contributor per other unit. */
export const demoAccounts = [
  { email: 'admin@thanhmien.example', name: 'Quản trị hệ thống', unit: null, isSystemAdmin: true },
  { email: 'bientap@thanhmien.example', name: 'Biên tập viên TTDVSNC', unit: 'ttdvsnc', isSystemAdmin: false },
  { email: 'vhxh@thanhmien.example', name: 'Cán bộ Phòng VH-XH', unit: 'vhxh', isSystemAdmin: false },
  { email: 'ttpvhcc@thanhmien.example', name: 'Cán bộ TTPVHCC', unit: 'ttpvhcc', isSystemAdmin: false },
  { email: 'vanphong@thanhmien.example', name: 'Cán bộ VP HĐND-UBND', unit: 'vp-hdnd-ubnd', isSystemAdmin: false },
  { email: 'kinhte@thanhmien.example', name: 'Cán bộ Phòng Kinh tế', unit: 'kinh-te', isSystemAdmin: false },
  { email: 'mttq@thanhmien.example', name: 'Cán bộ MTTQ', unit: 'mttq', isSystemAdmin: false },
] as const

/**
 * Creates the demo accounts on a database that has no account yet. The password comes from
 * DEMO_PASSWORD, or is generated, printed once and kept in `.data/demo-logins.txt` (ignored by git).
 */
export const createDemoAccounts = async (payload: Payload, dataDir: string): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return

  const password = process.env.DEMO_PASSWORD || randomBytes(9).toString('base64url')
  const units = await payload.find({ collection: 'units', depth: 0, pagination: false, select: { code: true } })
  const unitId = new Map(units.docs.map((unit) => [unit.code, unit.id]))

  for (const account of demoAccounts) {
    await payload.create({
      collection: 'users',
      data: {
        email: account.email,
        name: account.name,
        password,
        isSystemAdmin: account.isSystemAdmin,
        unit: account.unit ? unitId.get(account.unit) : null,
      },
    })
  }

  const lines = [
    'Demo accounts / Tài khoản dùng thử:',
    ...demoAccounts.map((a) => `  ${a.email.padEnd(28)} ${a.isSystemAdmin ? 'administrator' : (a.unit ?? '')}`),
    `  password / mật khẩu: ${password}${process.env.DEMO_PASSWORD ? ' (DEMO_PASSWORD)' : ''}`,
  ]
  console.log(`\n${lines.join('\n')}\n`)
  if (!process.env.DEMO_PASSWORD) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(path.join(dataDir, 'demo-logins.txt'), `${lines.join('\n')}\n`, { mode: 0o600 })
  }
}
