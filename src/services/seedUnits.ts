import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { seedMissing } from './seedMissing.ts'

/** The configured units that do not exist yet, matched by code. */
export const seedUnits = (req: PayloadRequest, options: ResolvedOptions): Promise<number> =>
  options.seedUnits === false
    ? Promise.resolve(0)
    : seedMissing(req, {
        collection: options.slugs.units,
        key: 'code',
        docs: options.seedUnits.map((unit) => ({ ...unit, active: true })),
      })
