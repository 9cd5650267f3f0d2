/**
 * npm run bench: the public reads of the production build against a raw-SQL twin (bench/httpBench.ts),
 * then the in-process figures (bench/inProcess.ts), then a 500-item decision published (bench/bigDecision.ts); with --instances=2,
 * one production server against two behind a balancer instead (bench/instancesBench.ts). Options: bench/benchOptions.ts; README, "Benchmark".
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { benchOptions } from './benchOptions.ts'
import { runHttpBench } from './httpBench.ts'

const root = path.resolve(import.meta.dirname, '..')
const options = benchOptions()

if (options.part === 'decision' && options.instances === 1) {
  // Alone: the big decision's figures (bench/bigDecision.ts), in a process of its own as in-process is.
  const decision = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'bench', 'bigDecision.ts')], { cwd: root, stdio: 'inherit' })
  process.exit(decision.status ?? 1)
}
if (options.part !== 'in-process' || options.instances === 2) {
  try {
    await runHttpBench(options, root)
  } catch (error) {
    console.error(`\nbench: FAILED: ${(error as Error).message}`)
    process.exit(1)
  }
}
// --instances=2 is the one-against-two comparison only.
if (options.part !== 'http' && options.instances === 1) {
  // Its own process: it patches pg's client to count statements and ends with process.exit.
  const inProcess = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'bench', 'inProcess.ts')], { cwd: root, stdio: 'inherit' })
  if (inProcess.status !== 0) process.exit(inProcess.status ?? 1)
  const decision = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'bench', 'bigDecision.ts')], { cwd: root, stdio: 'inherit' })
  if (decision.status !== 0) process.exit(decision.status ?? 1)
}
process.exit(0)
