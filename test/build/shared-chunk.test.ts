// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { build, type Rolldown } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sharedChunk, staticReach } from '../../build/shared-chunk'

describe('staticReach', () => {
  const graph: Record<string, string[]> = {
    start: ['app', 'format'],
    app: ['format', 'view', 'start'],
    view: ['app'],
    format: [],
    chart: ['format'],
  }
  const reach = (entry: string) => [...staticReach(entry, (id) => graph[id] ?? [])].sort()

  it('follows static imports through cycles, the entry included', () => {
    expect(reach('start')).toEqual(['app', 'format', 'start', 'view'])
  })

  it('reaches nothing that only imports the reach', () => {
    expect(reach('start')).not.toContain('chart')
    expect(reach('format')).toEqual(['format'])
  })
})

/**
 * A small app: the start imports `start-only` and two tiny modules, each also needed by a
 * lazy chunk; both lazy chunks need `later`, which the start never imports. Its folders are
 * named like none of the app's.
 */
const APP: Record<string, string> = {
  'start.ts': `import { only } from './a/start-only'
import { one } from './b/c/tiny-one'
import { two } from './tiny-two'
export const start = () => [only(), one(), two(), import('./lazy-one'), import('./d/lazy-two')]`,
  'a/start-only.ts': `export const only = () => 'only the start'`,
  'b/c/tiny-one.ts': `export const one = () => 'one'`,
  'tiny-two.ts': `export const two = () => 'two'`,
  'later.ts': `export const later = (s: string) => s.repeat(2)`,
  'lazy-one.ts': `import { one } from './b/c/tiny-one'
import { later } from './later'
export const lazyOne = () => later(one())`,
  'd/lazy-two.ts': `import { two } from '../tiny-two'
import { later } from '../later'
export const lazyTwo = () => later(two())`,
}

let dir = ''

/** The app built with or without the rule: each chunk's modules, and the first load's files. */
async function bundle(withRule: boolean) {
  const rule = sharedChunk({ entry: join(dir, 'start.ts'), app: dir })
  const output = (await build({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    plugins: withRule ? [rule.plugin] : [],
    build: {
      write: false,
      minify: false,
      rollupOptions: {
        input: { start: join(dir, 'start.ts') },
        preserveEntrySignatures: 'exports-only',
        output: { codeSplitting: { groups: withRule ? [rule.group] : [] } },
      },
    },
  })) as Rolldown.RolldownOutput
  const chunks = output.output.flatMap((c) => (c.type === 'chunk' ? [c] : []))
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const firstLoad = new Set<string>()
  const queue = chunks.filter((c) => c.isEntry).map((c) => c.fileName)
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (firstLoad.has(file)) continue
    firstLoad.add(file)
    queue.push(...(byFile.get(file)?.imports ?? []))
  }
  const modulesOf = (file: string) =>
    Object.keys(byFile.get(file)?.modules ?? {}).map((id) => id.slice(dir.length + 1))
  const chunkOf = (module: string) =>
    chunks.find((c) => Object.keys(c.modules).includes(join(dir, module)))?.name
  return { firstLoad: [...firstLoad], modulesOf, chunkOf }
}

describe('the shared chunk rule', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'shared-chunk-'))
    for (const [file, code] of Object.entries(APP)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true })
      writeFileSync(join(dir, file), code)
    }
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('without it, each tiny module the start shares is a request of its own', async () => {
    const { firstLoad } = await bundle(false)
    expect(firstLoad).toHaveLength(3)
  })

  it('puts the modules the start shares with lazy chunks into one shared chunk', async () => {
    const { firstLoad, modulesOf, chunkOf } = await bundle(true)
    expect(firstLoad).toHaveLength(2)
    const shared = firstLoad.find((f) => f.startsWith('assets/shared-'))!
    expect(modulesOf(shared).sort()).toEqual(['b/c/tiny-one.ts', 'tiny-two.ts'])
    // What only the start needs stays in its chunk.
    expect(chunkOf('a/start-only.ts')).toBe('start')
  })

  it('never brings into the first load a module only lazy chunks need', async () => {
    const { firstLoad, modulesOf } = await bundle(true)
    const loaded = firstLoad.flatMap(modulesOf)
    expect(loaded).not.toContain('later.ts')
    expect(loaded).not.toContain('lazy-one.ts')
  })

  it('fails the build when its plugin is left out of the config', async () => {
    const rule = sharedChunk({ entry: join(dir, 'start.ts'), app: dir })
    await expect(
      build({
        configFile: false,
        root: dir,
        logLevel: 'silent',
        build: {
          write: false,
          rollupOptions: {
            input: { start: join(dir, 'start.ts') },
            output: { codeSplitting: { groups: [rule.group] } },
          },
        },
      }),
    ).rejects.toThrow('shared chunk: its plugin is not in the config')
  })
})
