import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

/** A server the bench started, in its own process group. */
export type BenchServer = {
  name: string
  url: string
  /** The process that listens on the port (the one whose memory counts). */
  pid: number
  /** Resident memory of that process now, in MB. */
  rssMB: () => number
  logFile: string
  stop: () => Promise<void>
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

const childrenOf = (): Map<number, number[]> => {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name may hold spaces and parentheses: the parent id follows the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // gone meanwhile
    }
  }
  return children
}

/** Among `root` and its descendants, the process with a listening socket on `port` (from /proc/net/tcp*). */
const listenerOf = (root: number, port: number): number | undefined => {
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/)
      // local_address is ADDR:PORT in hex; state 0A is LISTEN.
      if (fields.length > 9 && parseInt(fields[1]!.split(':')[1]!, 16) === port && fields[3] === '0A') inodes.add(fields[9]!)
    }
  }
  const children = childrenOf()
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.shift()!
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`, 'utf8')
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1]
        if (inode && inodes.has(inode)) return pid
      }
    } catch {
      // gone, or not ours to read
    }
    queue.push(...(children.get(pid) ?? []))
  }
  return undefined
}

export const rssOf = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kB = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN)
  return kB / 1024
}

const stopGroup = async (child: ChildProcess) => {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 15_000))
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

/**
 * Starts `command` (its own process group, output to `logFile`) and waits until GET `readyPath`
 * answers 200.
 */
export const startServer = async ({
  name,
  command,
  args,
  cwd,
  env,
  port,
  readyPath,
  logFile,
  timeoutSeconds = 180,
}: {
  name: string
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  port: number
  readyPath: string
  logFile: string
  timeoutSeconds?: number
}): Promise<BenchServer> => {
  const log = createWriteStream(logFile)
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.pipe(log)
  child.stderr!.pipe(log)
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutSeconds * 1000
  while (true) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before answering; see ${logFile}`)
    try {
      const response = await fetch(`${url}${readyPath}`)
      await response.arrayBuffer()
      if (response.status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stopGroup(child)
      throw new Error(`${name} did not answer ${readyPath} within ${timeoutSeconds} s; see ${logFile}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const pid = listenerOf(child.pid!, port)
  if (pid === undefined) {
    await stopGroup(child)
    throw new Error(`${name}: no process of its own listens on port ${port}`)
  }
  return { name, url, pid, rssMB: () => rssOf(pid), logFile, stop: () => stopGroup(child) }
}

/**
 * The project as production runs it: `npm start` (host/withDatabase.ts, then host/server.ts: cache
 * hits answered before Next.js, the rest through Next.js's handler on the `npm run build` output) with NODE_ENV=production and a secret made for this run. `extraEnv`
 * carries switches such as CCHC_CACHE=off.
 */
export const startProject = async ({
  name,
  root,
  databaseUrl,
  mediaDir,
  logDir,
  extraEnv = {},
}: {
  name: string
  root: string
  databaseUrl: string
  mediaDir: string
  logDir: string
  extraEnv?: Record<string, string>
}): Promise<BenchServer> => {
  const port = await freePort()
  return startServer({
    name,
    command: 'npm',
    args: ['start'],
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production' as const,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      PORT: String(port),
      SERVER_URL: `http://127.0.0.1:${port}`,
      MEDIA_DIR: mediaDir,
      ...extraEnv,
    },
    port,
    readyPath: '/api/cchc-topics?limit=1',
    logFile: path.join(logDir, `${name.replace(/\W+/g, '-')}.log`),
  })
}
