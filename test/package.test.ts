/**
 * What `npm pack` publishes: dist/, README, LICENSE and a package.json without this repository's
 * scripts and devDependencies, with peers as ranges. Packs a copy of the package's files in a temp
 * folder (the prepack step rewrites package.json, so never in the work tree). Without a built
 * dist/ it packs stand-in files at the paths package.json names; `.ci/install-check.ts` installs the
 * real tarball.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const source = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const builtDist = existsSync(path.join(root, 'dist', 'index.js'))

/** Every file package.json points a consumer at. */
const entryFiles = (pkg: any): string[] => {
  const targets = new Set<string>([pkg.main, pkg.types])
  const walk = (value: unknown) => {
    if (typeof value === 'string') targets.add(value)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(pkg.exports)
  return [...targets].filter(Boolean).map((file) => file.replace(/^\.\//, ''))
}

let work: string
let files: string[]
let packed: any
let packedOriginal: string

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'cchc-pack-'))
  const pkgDir = path.join(work, 'pkg')
  mkdirSync(pkgDir)
  for (const file of ['package.json', 'README.md', 'LICENSE']) cpSync(path.join(root, file), path.join(pkgDir, file))
  if (builtDist) cpSync(path.join(root, 'dist'), path.join(pkgDir, 'dist'), { recursive: true })
  else {
    for (const file of entryFiles(source)) {
      mkdirSync(path.dirname(path.join(pkgDir, file)), { recursive: true })
      writeFileSync(path.join(pkgDir, file), 'export {}\n')
    }
  }
  // Files that must never ship, even if someone widens `files`.
  mkdirSync(path.join(pkgDir, 'src'))
  writeFileSync(path.join(pkgDir, 'src', 'index.ts'), 'export {}\n')
  // The prepack step's tool comes from this repository's node_modules.
  symlinkSync(path.join(root, 'node_modules'), path.join(pkgDir, 'node_modules'), 'dir')
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: pkgDir, encoding: 'utf8' })
  const [report] = JSON.parse(out.slice(out.indexOf('[')))
  files = report.files.map((file: { path: string }) => file.path)
  packed = JSON.parse(execFileSync('tar', ['-xOzf', path.join(work, report.filename), 'package/package.json'], { encoding: 'utf8' }))
  packedOriginal = readFileSync(path.join(pkgDir, 'package.json'), 'utf8')
}, 60_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the packed package', () => {
  it('holds only dist/, README.md, LICENSE and package.json', () => {
    const outside = files.filter((file) => !file.startsWith('dist/') && !['README.md', 'LICENSE', 'package.json'].includes(file))
    expect(outside).toEqual([])
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']))
  })

  it('holds every file its package.json points at', () => {
    expect(entryFiles(packed).filter((file) => !files.includes(file))).toEqual([])
    expect(Object.keys(packed.exports)).toEqual(['.', './rsc', './client'])
  })

  it('ships a package.json without scripts, devDependencies or repository settings', () => {
    expect(packed.scripts).toBeUndefined()
    expect(packed.devDependencies).toBeUndefined()
    expect(packed.allowScripts).toBeUndefined()
    expect(packed.name).toBe(source.name)
    expect(packed.version).toBe(source.version)
    expect(packed.license).toBe('MIT')
    expect(packed.dependencies).toEqual(source.dependencies)
  })

  it('declares its peers as ranges from the lowest tested Payload to below 4', () => {
    expect(packed.peerDependencies).toEqual(source.peerDependencies)
    for (const name of ['payload', '@payloadcms/ui', '@payloadcms/translations']) {
      expect(packed.peerDependencies[name], name).toBe('^3.88.0')
    }
    for (const name of ['next', 'react', 'graphql']) expect(packed.peerDependencies[name], name).toBeTruthy()
  })

  it('leaves the package.json it packed as it was', () => {
    expect(JSON.parse(packedOriginal)).toEqual(source)
  })
})

describe.runIf(builtDist)('the built dist/', () => {
  it('imports no package that is neither a dependency nor a peer', () => {
    const declared = new Set([...Object.keys(source.dependencies), ...Object.keys(source.peerDependencies)])
    const imported = new Set<string>()
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      const text = readFileSync(path.join(root, file), 'utf8')
      const statements = text.matchAll(/^\s*import\s+['"]([^'"]+)['"]|^\s*(?:import|export)\s[^'";]*?\sfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)
      for (const match of statements) {
        const specifier = (match[1] ?? match[2] ?? match[3])!
        if (specifier.startsWith('.') || specifier.startsWith('node:')) continue
        const parts = specifier.split('/')
        imported.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!)
      }
    }
    // The scan sees the imports it must: these are why they are peers.
    expect([...imported]).toEqual(expect.arrayContaining(['payload', '@payloadcms/ui', '@payloadcms/translations', 'next', 'react', 'zod']))
    expect([...imported].filter((name) => !declared.has(name)).sort()).toEqual([])
  })
})
