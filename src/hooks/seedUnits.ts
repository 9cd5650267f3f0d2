import type { Payload } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { seedMissing } from './seedMissing.ts'

/** The configured units that do not exist yet, matched by code. */
export const seedUnits = (payload: Payload, options: ResolvedOptions): Promise<number> =>
  options.seedUnits === false
    ? Promise.resolve(0)
    : seedMissing(payload, {
        collection: options.slugs.units,
        key: 'code',
        docs: options.seedUnits.map((unit) => ({ ...unit, active: true })),
      })
