import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Imports go one way: data → metrics → state → components → sections → app.
 * Each zone lists what its files may not import.
 */
const boundary = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            // '@/state/*' also forbids the relative '../state/*', from any depth of folder.
            group: patterns.flatMap((p) =>
              p.startsWith('@/')
                ? [p, ...['../', '../../', '../../../'].map((up) => `${up}${p.slice(2)}`)]
                : [p],
            ),
            message,
          },
        ],
      },
    ],
  },
})

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.strict },
  {
    files: ['src/**/*.tsx'],
    rules: {
      // A scrollable region must take focus so keyboard users can scroll it (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'], tags: [] }],
    },
  },
  { files: ['test/**/*.test.tsx'], ...testingLibrary.configs['flat/react'] },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  boundary(
    ['src/data/**'],
    ['@/metrics/*', '@/state/*', '@/components/*', '@/sections/*', '@/app', 'recharts', 'zustand'],
    'data/ only reads and validates files.',
  ),
  boundary(
    ['src/metrics/**'],
    [
      'react',
      'react-dom',
      'zustand',
      'recharts',
      '@tanstack/*',
      '@/state/*',
      '@/components/*',
      '@/sections/*',
      '@/app',
      '@/data/load',
      '@/data/use-datasets',
    ],
    'metrics/ is pure TypeScript: no React, no store, no charts, no I/O.',
  ),
  boundary(
    ['src/state/**'],
    ['@/components/*', '@/sections/*', '@/app', 'recharts'],
    'state/ holds filters and actions only.',
  ),
  boundary(
    ['src/components/**'],
    ['@/state/*', '@/sections/*', '@/app', '@/data/load', '@/data/use-datasets', 'zustand'],
    'components/ get props and return JSX; sections connect them to data and state.',
  ),
  boundary(['src/sections/**'], ['@/app'], 'sections/ do not import the app shell.'),
  boundary(
    ['src/static-chart/**'],
    [
      'react',
      'react-dom',
      'react-dom/*',
      'zustand',
      'recharts',
      '@tanstack/*',
      '@/sections/*',
      '@/app',
      '@/state/view-store',
      '@/data/load',
      '@/data/use-datasets',
    ],
    'static-chart/ draws without React or Recharts: it runs at build time and in the small embed script.',
  ),
)
