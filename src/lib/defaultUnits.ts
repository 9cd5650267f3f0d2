/** A unit as the plugin seeds it on first start. */
export type UnitSeed = {
  code: string
  name: string
  shortName: string
  kind: UnitKind
  accessLevel: AccessLevel
  isCoordinator?: boolean
}

export const unitKinds = ['center', 'department', 'office', 'front'] as const
export type UnitKind = (typeof unitKinds)[number]

/** editor: edits and publishes the whole section; contributor: submits material. */
export const accessLevels = ['editor', 'contributor'] as const
export type AccessLevel = (typeof accessLevels)[number]

/** The six units named in the commune's letter (DOMAIN.md §1). */
export const defaultUnits: UnitSeed[] = [
  {
    code: 'ttdvsnc',
    name: 'Trung tâm Dịch vụ sự nghiệp công xã',
    shortName: 'TTDVSNC',
    kind: 'center',
    accessLevel: 'editor',
  },
  {
    code: 'vhxh',
    name: 'Phòng Văn hóa - Xã hội',
    shortName: 'Phòng VH-XH',
    kind: 'department',
    accessLevel: 'contributor',
    isCoordinator: true,
  },
  {
    code: 'ttpvhcc',
    name: 'Trung tâm Phục vụ hành chính công xã',
    shortName: 'TTPVHCC',
    kind: 'center',
    accessLevel: 'contributor',
  },
  {
    code: 'vp-hdnd-ubnd',
    name: 'Văn phòng HĐND và UBND xã',
    shortName: 'VP HĐND-UBND',
    kind: 'office',
    accessLevel: 'contributor',
  },
  {
    code: 'kinh-te',
    name: 'Phòng Kinh tế',
    shortName: 'Phòng Kinh tế',
    kind: 'department',
    accessLevel: 'contributor',
  },
  {
    code: 'mttq',
    name: 'Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã',
    shortName: 'MTTQ',
    kind: 'front',
    accessLevel: 'contributor',
  },
]

/** Lowercase letters, digits and single hyphens: stable enough for URLs and seeds. */
export const unitCodePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
