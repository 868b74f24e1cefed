// Lint, including the layering rules: shared/ is pure, renderer/ never reaches Node or Electron,
// electron/ never imports the renderer, and components reach the database only through repositories.
// Inside shared/ and renderer/, each folder imports only the folders listed for it (eslint-rules/layers.js).
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import layers from './eslint-rules/layers.js';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'net', 'os',
  'path', 'stream', 'url', 'util', 'worker_threads', 'zlib',
];
const nodePatterns = [{ group: ['node:*'], message: 'Node built-ins are not allowed here.' }];
const builtinPaths = nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are not allowed here.' }));

const localRules = { rules: { layers } };

// Who may import whom inside shared/ (every folder may import itself). Bottom to top.
const sharedLayers = {
  base: [],
  domain: ['base'],
  formats: ['base', 'domain'],
  i18n: ['base', 'domain'],
  text: ['base', 'domain', 'formats'],
  ingest: ['base', 'domain', 'formats', 'text', 'i18n', 'ports'],
  coding: ['base', 'domain', 'text'],
  analysis: ['base', 'domain', 'text', 'coding'],
  report: ['base', 'domain', 'formats', 'text', 'coding', 'analysis', 'i18n'],
  exchange: ['base', 'domain', 'formats', 'ingest', 'text', 'coding', 'i18n', 'migrations'],
  migrations: ['base', 'domain', 'text'],
  ports: ['base', 'domain'],
  demo: ['*'],
};

// Inside renderer/ (everything here may also import shared/). Features reach the store through its index
// only; a feature imports another feature only where listed.
const featureAllowed = ['services', 'ui', 'store/index', 'platform'];
const rendererLayers = {
  shell: ['features/*', 'services', 'ui', 'store/index', 'platform'],
  'features/*': featureAllowed,
  'features/analysis': [...featureAllowed, 'features/codebook', 'features/matrix'],
  'features/audit': [...featureAllowed, 'features/codebook'],
  'features/codebook': [...featureAllowed, 'features/datasets', 'features/evidence'],
  'features/datasets': [...featureAllowed, 'features/coding'],
  'features/findings': [...featureAllowed, 'features/codebook'],
  'features/report': [...featureAllowed, 'features/coding', 'features/evaluations', 'features/evidence'],
  'features/judgements': [...featureAllowed, 'features/evidence'],
  'features/projects': [...featureAllowed, 'features/datasets'],
  'features/reader': [...featureAllowed, 'features/coding'],
  'features/search': [...featureAllowed, 'features/coding'],
  'features/settings': [...featureAllowed, 'features/evaluations'],
  services: ['store/index', 'platform'],
  ui: [],
  store: [],
  platform: [],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Imported content is never rendered as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Imported content is never rendered as HTML.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...builtinPaths,
            { name: 'electron', message: 'shared/ is pure: no Electron.' },
            { name: 'react', message: 'shared/ is pure: no React.' },
            { name: 'react-dom', message: 'shared/ is pure: no React.' },
            { name: 'dexie', message: 'shared/ is pure: no Dexie.' },
            { name: 'dexie-react-hooks', message: 'shared/ is pure: no Dexie.' },
          ],
          patterns: [
            ...nodePatterns,
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ depends on nothing of the app.' },
            { group: ['react-dom/*', 'dexie/*'], message: 'shared/ is pure.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [...builtinPaths, { name: 'electron', message: 'The renderer reaches main only through the platform API.' }],
          patterns: [...nodePatterns, { group: ['**/electron/**'], message: 'The renderer never imports electron/.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    // Components and screens never touch the database: they use the repositories.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...builtinPaths,
            { name: 'electron', message: 'The renderer reaches main only through the platform API.' },
            { name: 'dexie', message: 'Use the store in renderer/store/.' },
            { name: 'dexie-react-hooks', message: 'Live queries live in renderer/store/: use its hooks.' },
          ],
          patterns: [
            ...nodePatterns,
            { group: ['**/electron/**'], message: 'The renderer never imports electron/.' },
            { group: ['**/store/dexie/db', '**/store/dexie/db.ts'], message: 'Use the repositories in renderer/store/, not db.' },
          ],
        },
      ],
    },
  },
  {
    // The folders of shared/ are layers: each imports only the folders listed (and itself).
    files: ['shared/**/*.ts'],
    plugins: { local: localRules },
    rules: { 'local/layers': ['error', { root: 'shared', layers: sharedLayers }] },
  },
  {
    // The folders of renderer/ likewise; renderer/main.tsx, the composition root, may import any of them.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { local: localRules },
    rules: { 'local/layers': ['error', { root: 'renderer', layers: rendererLayers }] },
  },
  {
    files: ['electron/**/*.{ts,cts}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', 'dexie'], message: 'electron/ never imports the renderer.' }] },
      ],
    },
  },
  {
    files: ['electron/preload.cts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The command line (Node): it may use Node, never the renderer or Electron.
    files: ['cli/**/*.ts', 'bin/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', '**/electron/**', 'electron', 'react', 'react-dom', 'dexie'], message: 'cli/ uses shared/ and Node only.' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs}', '*.config.{ts,js}', '.ci/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
