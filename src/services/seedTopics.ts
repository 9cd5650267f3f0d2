import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.ts'

import { seedMissing } from './seedMissing.ts'

/** The configured topics of the column that do not exist yet, matched by slug. */
export const seedTopics = (req: PayloadRequest, options: ResolvedOptions): Promise<number> =>
  options.seedTopics === false
    ? Promise.resolve(0)
    : seedMissing(req, { collection: options.slugs.topics, key: 'slug', docs: options.seedTopics })
