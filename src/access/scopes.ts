import type { PayloadRequest, Where } from 'payload'

/** The documents a scoped grant selects, as a query the database answers. */
export const scopes = {
  self: (req: PayloadRequest): Where => ({ id: { equals: req.user?.id } }),
  activeUnits: (): Where => ({ active: { equals: true } }),
} as const satisfies Record<string, (req: PayloadRequest) => Where>

export type Scope = keyof typeof scopes
