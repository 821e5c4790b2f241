import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// The tests run with the site's own config (vite.config.ts: React, the `@/` alias; its
// build plugins apply to `vite build` only), in three projects.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['test/**/*.test.{ts,tsx}'],
            exclude: ['test/e2e/**', 'test/smoke/**'],
            setupFiles: ['test/setup.ts'],
          },
        },
        {
          // Chromium against the built site (npm run build first).
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['test/e2e/**/*.test.ts'],
            globalSetup: ['test/e2e/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
        {
          // The key user paths in Chromium, Firefox and WebKit (test/smoke/paths.ts), one
          // engine after the other: the machine has two cores.
          extends: true,
          test: {
            name: 'smoke',
            environment: 'node',
            include: ['test/smoke/**/*.test.ts'],
            globalSetup: ['test/smoke/global-setup.ts'],
            testTimeout: 90_000,
            hookTimeout: 90_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }),
)
