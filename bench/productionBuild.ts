import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** What `npm run build` compiles: a change to any of these makes `.next` stale. */
const sourceFolders = ['src', 'app', 'host', 'migrations']
const sourceFiles = ['payload.config.ts', 'next.config.mjs', 'proxy.ts', 'instrumentation.ts', 'package.json', 'package-lock.json', 'tsconfig.json']

const newestIn = (root: string): { file: string; mtimeMs: number } | undefined => {
  let newest: { file: string; mtimeMs: number } | undefined
  const visit = (file: string) => {
    const stat = statSync(file)
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file)) visit(path.join(file, entry))
    } else if (!newest || stat.mtimeMs > newest.mtimeMs) {
      newest = { file, mtimeMs: stat.mtimeMs }
    }
  }
  for (const folder of sourceFolders) if (existsSync(path.join(root, folder))) visit(path.join(root, folder))
  for (const file of sourceFiles) if (existsSync(path.join(root, file))) visit(path.join(root, file))
  return newest
}

/**
 * The production build the server runs: `npm run build` when `.next` is missing or older than a
 * source file. Returns what it found and did, for the report.
 */
export const ensureProductionBuild = (root: string): string => {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  const newest = newestIn(root)
  let reason: string | undefined
  if (!existsSync(buildId)) reason = '.next is missing'
  else if (newest && newest.mtimeMs > statSync(buildId).mtimeMs) reason = `.next is older than ${path.relative(root, newest.file)}`
  if (!reason) return 'production build: .next is up to date'
  console.log(`bench: ${reason}: running npm run build (this takes a few minutes)`)
  const started = Date.now()
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`)
  return `production build: ${reason}, so npm run build ran (${((Date.now() - started) / 1000).toFixed(0)} s)`
}
