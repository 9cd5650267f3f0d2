import autocannon from 'autocannon'

/** What one autocannon run against one server gave. */
export type LoadSample = {
  round: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  responses: number
  /** Connection errors and timeouts. */
  errors: number
  non2xx: number
  /** Resident memory of the server right after the run, MB. */
  rssMB: number
}

/** `connections` clients sending `paths` in turn for `seconds`, as fast as the server answers. */
export const loadRun = async ({
  url,
  method,
  paths,
  connections,
  seconds,
  headers,
}: {
  url: string
  method: 'GET' | 'POST'
  paths: string[]
  connections: number
  seconds: number
  /** Headers made anew for each request. */
  headers?: () => Record<string, string>
}): Promise<Omit<LoadSample, 'round' | 'rssMB'>> => {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: paths.map((path) => ({
      method,
      path,
      ...(headers ? { setupRequest: (request: autocannon.Request) => ({ ...request, headers: { ...request.headers, ...headers() } }) } : {}),
    })),
  })
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    responses: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
  }
}
