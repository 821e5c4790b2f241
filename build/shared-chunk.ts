import { normalizePath, type Plugin, type Rolldown } from 'vite'

/**
 * The rule for the shared chunk, in place of a hand-kept list of modules. The first load
 * fetches the start chunk and every chunk it imports statically. Left to Rolldown, each
 * small module that the start shares with the page's entry or with a chunk loaded later (a
 * chart, a tool) is a file of its own, and the start imports it: one request more on the
 * first load for every new small shared module. The rule: every module that the start
 * entry reaches through static imports, and that another entry also reaches (a lazy chunk:
 * Rolldown counts each dynamic import as an entry), goes into one `shared` chunk, if it is
 * the app's own (under `app`), React, or Vite's preload helper; with it, as Rolldown does
 * for a group, go the modules it imports. Other packages keep Rolldown's chunks (React DOM,
 * which changes less often than the app, stays cached across deploys); a module only the
 * start reaches stays in the start chunk.
 *
 * The rule names no module and no folder: `plugin` reads the module graph when the build
 * has parsed it (`buildEnd`), and `group.test` asks it, so files can move under `app`. A
 * module that only lazy chunks reach is not in the start's static reach, so the rule never
 * brings it into the first load.
 */
export function sharedChunk(options: { entry: string; app: string }): {
  plugin: Plugin
  group: Rolldown.CodeSplittingGroup
} {
  const entry = normalizePath(options.entry)
  const app = `${normalizePath(options.app)}/`
  let reach: Set<string> | undefined
  const ownOrReact = (id: string) =>
    id.startsWith(app) ||
    /[\\/]node_modules[\\/]react[\\/]/.test(id) ||
    id.includes('vite/preload-helper')
  return {
    plugin: {
      name: 'heltid-i-tall:shared-chunk',
      apply: 'build',
      buildEnd(error) {
        if (error) return
        reach = staticReach(entry, (id) => this.getModuleInfo(id)?.importedIds ?? [])
        if (!this.getModuleInfo(entry)) {
          throw new Error(`shared chunk: ${entry} is not in the build`)
        }
      },
    },
    group: {
      name: 'shared',
      minShareCount: 2,
      test(id) {
        if (!reach) throw new Error('shared chunk: its plugin is not in the config')
        return reach.has(id) && ownOrReact(id)
      },
    },
  }
}

/** Every module `entry` reaches through static imports, itself included. */
export function staticReach(
  entry: string,
  importedIds: (id: string) => readonly string[],
): Set<string> {
  const seen = new Set<string>()
  const queue = [entry]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue
    seen.add(id)
    queue.push(...importedIds(id))
  }
  return seen
}
