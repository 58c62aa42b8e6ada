// Lint: TypeScript syntax-level rules plus the layering DESIGN.md requires, enforced, not hoped for.
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'zlib', 'events', 'buffer'];
const noNode = [
  { group: ['node:*'], message: 'This code must stay free of Node.js: it runs in the renderer.' },
  ...NODE_BUILTINS.map((name) => ({ group: [name, `${name}/*`], message: 'This code must stay free of Node.js: it runs in the renderer.' })),
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'main/core is plain Node: put Electron calls behind the Host (main/host.ts).' }] }],
    },
  },
  {
    // Pure code shared with the renderer: no Node, no Electron.
    files: ['main/core/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'main/core/model is pure.' }], patterns: noNode }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through window.connector (renderer/bridge.ts).' }],
          patterns: [
            ...noNode,
            {
              regex: '^(\\.\\./)+main/(?!core/model/)',
              message: 'The renderer may import only the pure model (main/core/model) from main; everything else goes through the contract.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests build hostile and partial documents on purpose: loose typing is allowed there.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
