import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

import { firstId } from '../../../services/firstId.ts'

/** The unit that owns figures nobody assigned: the one with `procedureResults.defaultUnitCode`. */
export const defaultUnit =
  (options: ResolvedOptions) =>
  (req: PayloadRequest): Promise<null | number | string> =>
    firstId(req, options.slugs.units, { code: { equals: options.procedureResults.defaultUnitCode } })
