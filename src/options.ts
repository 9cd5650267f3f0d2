import { z } from 'zod'

import { accessLevels, defaultUnits, unitCodePattern, unitKinds } from './lib/defaultUnits.ts'

const unitSeedSchema = z.object({
  code: z.string().regex(unitCodePattern, 'lowercase letters, digits and hyphens'),
  name: z.string().min(1),
  shortName: z.string().min(1),
  kind: z.enum(unitKinds),
  accessLevel: z.enum(accessLevels),
  isCoordinator: z.boolean().optional(),
})

const slugSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a collection slug')

/** Every option of the plugin, with its default. Read once, at config time. */
export const optionsSchema = z
  .object({
    /**
     * Keep the collections (so the schema and migrations stay the same) but add no hooks,
     * endpoints or seeding.
     * @default false
     */
    disabled: z.boolean().default(false),
    /**
     * Slug of the host's auth collection that gets the `unit` and `isSystemAdmin` fields.
     * @default 'users'
     */
    authCollection: slugSchema.default('users'),
    /**
     * Units created once on first start, matched by code. `false` seeds nothing.
     * @default the six units of the commune's letter
     */
    seedUnits: z
      .union([z.literal(false), z.array(unitSeedSchema)])
      .default(defaultUnits)
      .refine(
        (units) => units === false || new Set(units.map((u) => u.code)).size === units.length,
        'unit codes must be unique',
      ),
  })
  .strict()

export type CchcPluginOptions = z.input<typeof optionsSchema>
export type ResolvedOptions = z.output<typeof optionsSchema> & {
  /** Slugs of the plugin's own collections. */
  slugs: typeof collectionSlugs
}

/** The contract in ARCHITECTURE.md: the portal and outside tests rely on these slugs. */
export const collectionSlugs = {
  units: 'units',
} as const

type Issue = z.core.$ZodIssue

// Names the innermost option at fault: an unknown key by name, a union by its closest branch.
const describeIssue = (issue: Issue, prefix: PropertyKey[] = []): string[] => {
  const path = [...prefix, ...issue.path]
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `option \`${[...path, key].join('.')}\`: unknown option`)
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const depth = (branch: Issue[]) => Math.max(...branch.map((inner) => inner.path.length))
    const closest = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0]!
    if (depth(closest) > 0) return closest.flatMap((inner) => describeIssue(inner, path))
  }
  return [`option \`${path.join('.') || '(root)'}\`: ${issue.message}`]
}

/** Validates the options; a wrong one stops start-up with a message naming it. */
export const resolveOptions = (options: CchcPluginOptions = {}): ResolvedOptions => {
  const parsed = optionsSchema.safeParse(options)
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => describeIssue(issue)).map((line) => `  - ${line}`)
    throw new Error(`cchcPlugin: invalid options\n${problems.join('\n')}`)
  }
  return { ...parsed.data, slugs: collectionSlugs }
}
