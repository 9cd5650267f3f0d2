import { z } from 'zod'

import { hasNul } from './inputValues.ts'

/** Text a reader types into a query parameter: trimmed, within its length, and without the NUL byte PostgreSQL refuses. */
export const queryText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => !hasNul(text), 'contains a NUL character (\\u0000)')
