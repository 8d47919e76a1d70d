// Lint enforces the architecture: which layer may import what, and no user-visible literal in JSX.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'zlib',
  'buffer',
  'process',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'corpus/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'main/**/*.ts', 'tests/**/*.ts', 'scripts/**', 'bin/**', '*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // core: pure TypeScript. No Node, no DOM, no UI, no Electron, no storage, no other layer.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: NODE_BUILTINS,
              message: 'core/ is pure: file and OS access belongs in main/.',
            },
            {
              group: ['react', 'react-dom', 'react-dom/*', 'react-i18next', 'i18next*'],
              message: 'core/ has no UI.',
            },
            {
              group: ['electron', 'better-sqlite3'],
              message: 'core/ has no Electron and no storage.',
            },
            {
              group: ['**/main/**', '**/renderer/**', '**/tests/**'],
              message: 'core/ imports no other layer.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'Buffer',
          'process',
          'require',
          '__dirname',
        ].map((name) => ({ name, message: `core/ is pure: no ${name}.` })),
      ],
    },
  },
  {
    // renderer: DOM only, reaches main through the API client.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer has no Node access.' },
            {
              group: ['electron', 'better-sqlite3'],
              message: 'The renderer talks to main only through renderer/src/api.',
            },
            {
              group: ['**/main/**'],
              message: 'The renderer never imports main/: use the API client.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[\\p{L}\\p{N}]/u]',
          message: 'No literal UI text in JSX: use t("feature.area.purpose").',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(title|placeholder|alt|aria-label|aria-description|label)$/] > Literal[value=/[\\p{L}]/u]',
          message: 'No literal UI text in attributes: use t().',
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'react-dom'],
              message: 'main/ never imports the renderer.',
            },
          ],
        },
      ],
    },
  },
);
