import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Folder boundaries (STYLE.md): shared/ imports nothing of ours; client/ and proxy/ never import each
// other; the domain-free ui/ kit never imports features/.
const boundary = (patterns) => ['error', { patterns }];

const PROXY_TO_CLIENT = { group: ['**/client/**', '!@modelcontextprotocol/**'], message: 'proxy/ talks to client/ only through shared/.' };

// Layers inside proxy/ (DESIGN.md): commands on top, then the server and socket, then the headless core
// and sessions, then the inspector, then upstream; nothing points upward. Each folder lists the folders
// it may import; the top-level files (main, server, inspectorCore, lifecycle, openSessionCommand) are
// the composition root, which no folder imports (packageInfo aside); tapWorker is the tap thread's root.
const PROXY_LAYERS = {
  upstream: [],
  auth: ['upstream'],
  inspector: ['upstream', 'auth'],
  sessions: ['upstream', 'auth', 'inspector'],
  headless: ['upstream', 'auth', 'inspector', 'sessions'],
  http: ['upstream', 'auth', 'inspector', 'sessions', 'headless'],
  ws: ['upstream', 'auth', 'inspector', 'sessions', 'headless', 'http'],
  library: ['upstream', 'auth', 'inspector', 'sessions', 'headless', 'http', 'ws'],
  cli: ['upstream', 'auth', 'inspector', 'sessions', 'headless'],
  check: ['upstream', 'auth', 'inspector', 'sessions', 'headless', 'cli'],
  cliMode: ['upstream', 'auth', 'inspector', 'sessions', 'headless', 'cli'],
  replay: ['upstream', 'auth', 'inspector', 'sessions', 'headless', 'cli'],
  // A pure reader of session files: it needs nothing of the proxy's layers.
  export: [],
  mock: ['upstream', 'auth', 'inspector', 'sessions'],
  diff: ['upstream', 'auth', 'inspector', 'sessions', 'headless', 'cli', 'check'],
  // Passes a host's traffic through and reports it; the inspector it may start is handed in by main.
  tap: ['upstream', 'inspector', 'sessions', 'http', 'cli'],
};

function proxyLayerRules() {
  const folders = Object.keys(PROXY_LAYERS);
  return Object.entries(PROXY_LAYERS).map(([folder, allowed]) => {
    const forbidden = folders.filter((other) => other !== folder && !allowed.includes(other));
    const patterns = [PROXY_TO_CLIENT, { regex: '^(\\.\\./)+(main|server|inspectorCore|lifecycle|openSessionCommand|tapWorker)$', message: 'The top-level files of proxy/ compose the folders; no folder imports them.' }];
    if (forbidden.length > 0) {
      patterns.push({ regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`, message: `proxy/${folder}/ may import only ${allowed.join(', ') || 'no other proxy/ folder'} (layers: commands → server/socket → headless/sessions → inspector → upstream).` });
    }
    // Tests may compose layers (a whole server in a unit test); the product code may not.
    return { files: [`proxy/${folder}/**`], ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': boundary(patterns) } };
  });
}

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
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
      'no-restricted-imports': boundary([PROXY_TO_CLIENT]),
    },
  },
  ...proxyLayerRules(),
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
