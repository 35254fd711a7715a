import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Folder boundaries (STYLE.md): shared/ imports nothing of ours; client/ and proxy/ never import each
// other; the domain-free ui/ kit never imports features/.
const boundary = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'max-lines': ['error', { max: 500, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': boundary([
        { group: ['**/client/**', '**/proxy/**', '**/e2e/**', '!@modelcontextprotocol/**'], message: 'shared/ is the contract: it imports nothing of ours.' },
      ]),
    },
  },
  {
    files: ['proxy/**'],
    rules: {
      'no-restricted-imports': boundary([{ group: ['**/client/**', '!@modelcontextprotocol/**'], message: 'proxy/ talks to client/ only through shared/.' }]),
    },
  },
  {
    files: ['client/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': boundary([{ group: ['**/proxy/**', '!@modelcontextprotocol/**'], message: 'client/ talks to proxy/ only through shared/.' }]),
    },
  },
  {
    files: ['client/src/ui/**'],
    rules: {
      'no-restricted-imports': boundary([
        { group: ['**/proxy/**', '!@modelcontextprotocol/**'], message: 'client/ talks to proxy/ only through shared/.' },
        { group: ['**/features/**', '**/api/**', '**/app/**'], message: 'ui/ is domain-free: it never imports features/, api/ or app/.' },
      ]),
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }], 'max-lines-per-function': 'off' },
  },
);
