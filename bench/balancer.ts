/**
 * The bench's balancer for `npm run bench -- --instances=2`: a small round-robin proxy (`http-proxy`, as
 * test/productionServer.test.ts puts in front of two instances) in a process of its own, with kept-alive
 * connections to its targets. `X-Forwarded-For` is passed on as the client sent it (the bench's view
 * beacon sends each request as a new visitor's address), not appended to.
 *
 *   PORT=4000 BALANCER_TARGETS=http://127.0.0.1:3001,http://127.0.0.1:3002 tsx bench/balancer.ts
 */
import http from 'node:http'
import httpProxy from 'http-proxy'

const targets = (process.env.BALANCER_TARGETS ?? '')
  .split(',')
  .map((target) => target.trim())
  .filter(Boolean)
if (targets.length === 0) throw new Error('balancer: BALANCER_TARGETS is empty')
const port = Number(process.env.PORT ?? 4000)

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 })
const proxy = httpProxy.createProxyServer({ agent, xfwd: false })
let next = 0
const server = http.createServer((req, res) => {
  const target = targets[next++ % targets.length]!
  proxy.web(req, res, { target }, () => {
    if (!res.headersSent) res.statusCode = 502
    res.end()
  })
})
server.keepAliveTimeout = 5_000
server.listen(port, '127.0.0.1', () => console.log(`balancer on ${port}: ${targets.join(', ')}`))
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
