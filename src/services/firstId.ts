import type { PayloadRequest, Where } from 'payload'

/** The id of the first document of `collection` that `where` selects, as the server sees them (no access); null for none. */
export const firstId = async (req: PayloadRequest, collection: string, where: Where): Promise<null | number | string> => {
  const found = await req.payload.find({
    collection: collection,
    where,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: {},
  })
  return (found.docs[0]?.id as number | string | undefined) ?? null
}
