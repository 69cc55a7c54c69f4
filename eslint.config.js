// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'child_process', 'http', 'https', 'net', 'os', 'url', 'crypto', 'stream', 'zlib', 'worker_threads', 'module', 'events'];
const nodeImports = { paths: nodeBuiltins, patterns: ['node:*'] };

// The process boundaries, as folders: do not relax these. renderer/ and electron/ meet only through shared/.
// Flat config replaces a rule rather than merging it, so each folder gets exactly one entry with all its limits.
const noRenderer = { patterns: ['**/renderer/**'], message: 'electron/ never imports the renderer' };
const noElectron = {
  paths: ['electron'],
  message: 'only the thin shell (electron/main, electron/preload) may import electron, so the rest runs under Node and in tests',
};
const boundaries = [
  {
    files: ['renderer/**/*.{ts,tsx}'],
    limits: [
      {
        paths: ['electron', ...nodeImports.paths],
        patterns: ['**/electron/**', ...nodeImports.patterns],
        message: 'renderer/ runs in a sandboxed page: it reaches the main process only through shared/ipc and its bridge',
      },
    ],
  },
  {
    files: ['shared/**/*.ts'],
    limits: [
      {
        paths: ['electron', 'react', 'react-dom', 'dexie', ...nodeImports.paths],
        patterns: ['**/electron/**', '**/renderer/**', ...nodeImports.patterns],
        message: 'shared/ runs on both sides and so may import neither, nor Node, nor the DOM libraries',
      },
    ],
  },
  { files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'], limits: [noRenderer] },
  { files: ['electron/**/*.ts'], ignores: ['electron/main/**', 'electron/preload/**'], limits: [noRenderer, noElectron] },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' }, // Playwright fixtures take `{}` when they depend on nothing
  },
  ...boundaries.map(({ files, ignores, limits }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: limits.flatMap(({ paths = [], message }) => paths.map((name) => ({ name, message }))),
          patterns: limits.flatMap(({ patterns = [], message }) => (patterns.length ? [{ group: patterns, message }] : [])),
        },
      ],
    },
  })),
);
