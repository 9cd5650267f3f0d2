import type { ResultsSeries } from './apiTypes.ts'

import { readApi } from './apiClient.ts'
import { apiPaths } from './apiPaths.ts'
import { siteConfig } from './siteConfig.ts'

/** The one-stop centre's published quarterly figures of the years given, in order. */
export const readQuarterlyFigures = (fromYear: number, toYear: number) =>
  readApi<ResultsSeries>(apiPaths.procedureResultsSeries, {
    unit: siteConfig.figuresUnit,
    periodKind: 'quarter',
    from: fromYear,
    to: toYear,
  })
