import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../options.ts'

/** The unit that owns figures nobody assigned: the one with `procedureResults.defaultUnitCode`. */
export const defaultUnit =
  (options: ResolvedOptions) =>
  async (req: PayloadRequest): Promise<number | string | null> => {
    const found = await req.payload.find({
      collection: options.slugs.units as never,
      where: { code: { equals: options.procedureResults.defaultUnitCode } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: {},
    })
    return (found.docs[0]?.id as number | string | undefined) ?? null
  }
