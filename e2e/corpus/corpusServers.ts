// The real-server corpus: published MCP servers (from this folder's own package, see package.json) and
// small servers on third-party frameworks (servers/), each with how to start it on a given transport,
// a tool that is safe to call and what its result says. The corpus specs run `check` and the UI on each.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ConnectionTarget } from '../../shared/connectionTypes';
import { HEADLESS_CHROMIUM } from '../fixtures/chromium';
import { freePort, waitForPort } from '../fixtures/everythingServer';
import { repoRoot } from '../fixtures/paths';
import { stopProcess } from '../fixtures/proxyProcess';

export const corpusDir = path.join(repoRoot, 'e2e/corpus');
const modules = path.join(corpusDir, 'node_modules');

/** Fails with the fix when the corpus package was never installed (`npm run test:e2e` installs it). */
export function requireCorpusInstalled(): void {
  if (!existsSync(path.join(modules, '.corpus-lock-sha256'))) {
    throw new Error('The real-server corpus is not installed: run `node e2e/corpus/install.mjs` (npm run test:e2e does it first).');
  }
}

/** One way of reaching a running corpus server. */
export interface StartedServer {
  /** What the UI's connection form is filled with. */
  target: ConnectionTarget;
  /** The server part of `mcp-inspect check`'s command line, with default options. */
  checkArgs: string[];
  stop(): Promise<void>;
}

/** A tool the UI calls, with the form fields it fills and text its result must show. */
export interface ToolCall {
  tool: string;
  /** Form fields by label, or, for a schema the generated form does not cover, the arguments as JSON. */
  fields?: Record<string, string>;
  json?: Record<string, unknown>;
  result: string | RegExp;
}

/** A finding a real server earns by breaking the spec. */
export interface ExpectedFinding {
  ruleId: string;
  message: RegExp;
}

export interface CorpusServer {
  /** Test title: package and version, or framework, and transport. */
  title: string;
  /** serverInfo name and version, shown by the Handshake tab once connected. */
  serverName: string;
  serverVersion: string;
  /** The protocol revision it settles on with our client (an SDK 1.0 server only knows 2024-11-05). */
  protocolVersion: string;
  /** A few tools it must list (its own names; the full list is the server's business). */
  tools: string[];
  /**
   * Absent for a server whose every tool works on a service on the internet (which CI cannot reach):
   * its tools are listed and their forms opened, none is called.
   */
  call?: ToolCall;
  /**
   * What `check --call-tools` must find: [] for a correct server, or the exact rule ids of a real
   * server's spec violation (a documented true positive). Absent: not run on this entry (the same
   * server's tools are called over stdio; calling them again over HTTP only costs CI time).
   */
  callToolsFindings?: ExpectedFinding[];
  /**
   * A real server's spec deviation that shows only when our client is slower than the server (a loaded
   * CI machine), so a run may or may not see it. The UI walk accepts this one finding, and no other.
   */
  timingDependentFinding?: { ruleId: string; message: RegExp; why: string };
  start(): Promise<StartedServer>;
}

/** A fresh temp folder for one server's files (filesystem root, memory file). */
function scratchFolder(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `mcp-inspect-corpus-${name}-`));
}

function stdioServer(entry: string, args: string[], env: Record<string, string> = {}, cwd?: string): Promise<StartedServer> {
  const command = process.execPath;
  const envFlags = Object.entries(env).flatMap(([name, value]) => ['-e', `${name}=${value}`]);
  return Promise.resolve({
    target: { transport: 'stdio', command, args: [entry, ...args], env, ...(cwd ? { cwd } : {}) },
    checkArgs: [...envFlags, ...(cwd ? ['--cwd', cwd] : []), '--', command, entry, ...args],
    stop: () => Promise.resolve(),
  });
}

/** Spawns a server that listens on a free loopback port (given as PORT and by `portArgs`). */
async function httpServer(entry: string, portArgs: (port: number) => string[], transport: 'streamable-http' | 'sse', endpoint: string): Promise<StartedServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [entry, ...portArgs(port)], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    await waitForPort(port, Date.now() + 20_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${entry} did not listen: ${String(error)}\n${stderr}`, { cause: error });
  }
  const url = `http://127.0.0.1:${port}${endpoint}`;
  return { target: { transport, url, headers: {} }, checkArgs: ['--url', url], stop: () => stopProcess(child) };
}

const filesystemEntry = path.join(modules, '@modelcontextprotocol/server-filesystem/dist/index.js');
const memoryEntry = path.join(modules, '@modelcontextprotocol/server-memory/dist/index.js');
const sequentialThinkingEntry = path.join(modules, '@modelcontextprotocol/server-sequential-thinking/dist/index.js');
const memorySdk1Entry = path.join(modules, 'server-memory-sdk1/dist/index.js');
const everything2025Entry = path.join(modules, 'server-everything-2025/dist/index.js');
const playwrightMcpEntry = path.join(modules, '@playwright/mcp/cli.js');
const notionEntry = path.join(modules, '@notionhq/notion-mcp-server/bin/cli.mjs');
const context7Entry = path.join(modules, '@upstash/context7-mcp/dist/index.js');
const githubEntry = path.join(modules, '@modelcontextprotocol/server-github/dist/index.js');
const fastmcpEntry = path.join(corpusDir, 'servers/fastmcpServer.js');
const frameworkEntry = path.join(corpusDir, 'servers/frameworkServer.js');

function filesystemServer(): Promise<StartedServer> {
  const root = scratchFolder('fs');
  writeFileSync(path.join(root, 'notes.txt'), 'corpus notes\n');
  mkdirSync(path.join(root, 'drafts'));
  // Its tools only touch paths inside the allowed folder; relative ones resolve against the cwd.
  return stdioServer(filesystemEntry, [root], {}, root);
}

function memoryServer(): Promise<StartedServer> {
  return stdioServer(memoryEntry, [], { MEMORY_FILE_PATH: path.join(scratchFolder('memory'), 'memory.json') });
}

/**
 * server-memory 0.6.2 ignores MEMORY_FILE_PATH: it keeps memory.json beside its script. So each run
 * gets its own copy of the script in a fresh folder of that package, where its imports still resolve
 * to the package's own SDK 1.0.1, and runs never share (or race on) one memory file.
 */
/**
 * Playwright's MCP server drives Debian's Chromium, headless, in a fresh profile, without the sandbox
 * (CI runs as root); its snapshots go to a temp folder. It starts the browser only on a tool call.
 */
function playwrightMcpServer(): Promise<StartedServer> {
  const output = scratchFolder('playwright');
  return stdioServer(playwrightMcpEntry, ['--headless', '--isolated', '--no-sandbox', '--executable-path', HEADLESS_CHROMIUM, '--output-dir', output], {}, output);
}

async function memorySdk1Server(): Promise<StartedServer> {
  const runFolder = mkdtempSync(path.join(path.dirname(memorySdk1Entry), '..', 'run-'));
  const entry = path.join(runFolder, 'index.js');
  copyFileSync(memorySdk1Entry, entry);
  const started = await stdioServer(entry, []);
  return { ...started, stop: () => started.stop().then(() => rmSync(runFolder, { recursive: true, force: true })) };
}

const EVERYTHING_2025 = {
  serverName: 'example-servers/everything',
  serverVersion: '1.0.0',
  protocolVersion: '2025-11-25',
  tools: ['echo', 'add', 'longRunningOperation'],
  call: { tool: 'add', fields: { a: '2', b: '3' }, result: 'The sum of 2 and 3 is 5.' },
};
const FASTMCP = {
  serverName: 'corpus-fastmcp',
  serverVersion: '1.0.0',
  protocolVersion: '2025-11-25',
  tools: ['convert_length', 'list_units'],
  call: { tool: 'convert_length', fields: { value: '10' }, result: '10 km = 6.2137 mi' },
  callToolsFindings: [] as ExpectedFinding[],
  timingDependentFinding: {
    ruleId: 'lifecycle-order',
    message: /The server sent the request roots\/list before the client sent notifications\/initialized/,
    why: 'FastMCP 4.20 polls every 100 ms for the client capabilities the initialize request brought, and sends roots/list as soon as it has them, without waiting for notifications/initialized: when the client takes longer than that to send it, roots/list goes first (the spec says the server SHOULD NOT).',
  },
};
const MCP_FRAMEWORK = {
  serverName: 'corpus-mcp-framework',
  serverVersion: '1.0.0',
  protocolVersion: '2025-11-25',
  tools: ['add_note', 'list_notes'],
  call: { tool: 'list_notes', result: 'welcome' },
  callToolsFindings: [] as ExpectedFinding[],
};

export const corpusServers: CorpusServer[] = [
  {
    title: '@modelcontextprotocol/server-filesystem 2026.8.31 over stdio, on a temp folder',
    serverName: 'secure-filesystem-server',
    serverVersion: '0.2.0',
    protocolVersion: '2025-11-25',
    tools: ['read_text_file', 'list_directory', 'write_file', 'search_files'],
    call: { tool: 'list_allowed_directories', result: /Allowed directories:\s*\S*mcp-inspect-corpus-fs-/ },
    callToolsFindings: [],
    start: filesystemServer,
  },
  {
    title: '@modelcontextprotocol/server-memory 2026.8.31 over stdio',
    serverName: 'memory-server',
    serverVersion: '0.6.3',
    protocolVersion: '2025-11-25',
    tools: ['create_entities', 'read_graph', 'search_nodes'],
    call: { tool: 'read_graph', result: /entities/ },
    callToolsFindings: [],
    start: memoryServer,
  },
  {
    title: '@modelcontextprotocol/server-sequential-thinking 2026.8.31 over stdio',
    serverName: 'sequential-thinking-server',
    serverVersion: '2026.8.31',
    protocolVersion: '2025-11-25',
    tools: ['sequentialthinking'],
    // Its schema types nextThoughtNeeded as ["boolean", "string"] and points isRevision at it by $ref.
    call: { tool: 'sequentialthinking', json: { thought: 'First step', nextThoughtNeeded: false, thoughtNumber: 1, totalThoughts: 1 }, result: 'thoughtHistoryLength: 1' },
    callToolsFindings: [],
    start: () => stdioServer(sequentialThinkingEntry, []),
  },
  {
    title: '@modelcontextprotocol/server-memory 0.6.2 (SDK 1.0.1, protocol 2024-11-05) over stdio',
    serverName: 'memory-server',
    serverVersion: '1.0.0',
    protocolVersion: '2024-11-05',
    tools: ['create_entities', 'read_graph', 'search_nodes'],
    call: { tool: 'read_graph', result: /entities/ },
    callToolsFindings: [],
    start: memorySdk1Server,
  },
  {
    title: '@modelcontextprotocol/server-everything 2025.9.25 over stdio',
    ...EVERYTHING_2025,
    // Its sampleLLM tool sends sampling/createMessage whatever the client declared; check declares no
    // sampling. Lifecycle, operation phase: both parties MUST "only use capabilities that were
    // successfully negotiated" (basic/lifecycle#capability-negotiation). A true positive.
    callToolsFindings: [{ ruleId: 'capability-undeclared', message: /sent sampling\/createMessage.*did not declare the sampling capability/ }],
    start: () => stdioServer(everything2025Entry, ['stdio']),
  },
  {
    title: '@modelcontextprotocol/server-everything 2025.9.25 over Streamable HTTP',
    ...EVERYTHING_2025,
    start: () => httpServer(everything2025Entry, () => ['streamableHttp'], 'streamable-http', '/mcp'),
  },
  {
    title: '@modelcontextprotocol/server-everything 2025.9.25 over legacy SSE',
    ...EVERYTHING_2025,
    start: () => httpServer(everything2025Entry, () => ['sse'], 'sse', '/sse'),
  },
  {
    title: '@playwright/mcp 0.0.86 over stdio, on a headless Chromium',
    serverName: 'Playwright',
    serverVersion: '1.66.0-alpha-2026-11-18',
    protocolVersion: '2025-11-25',
    tools: ['browser_navigate', 'browser_snapshot', 'browser_click'],
    call: { tool: 'browser_navigate', fields: { url: 'data:text/html,<title>corpus page</title><h1>Hello</h1>' }, result: 'Page Title: corpus page' },
    // Called with the smallest valid arguments, most of its 25 tools answer with an error result (no
    // element "a" on a blank page, no file): results, not protocol findings.
    callToolsFindings: [],
    start: playwrightMcpServer,
  },
  {
    title: '@notionhq/notion-mcp-server 2.5.2 over stdio (tools from the Notion API\'s OpenAPI schema)',
    serverName: 'Notion API',
    serverVersion: '1.0.0',
    protocolVersion: '2025-11-25',
    tools: ['API-post-search', 'API-patch-block-children', 'API-create-a-data-source'],
    // Every tool calls api.notion.com. Not --call-tools either: without the internet each call waits
    // on a name lookup, which may take the run's whole timeout on a machine without DNS.
    start: () => stdioServer(notionEntry, []),
  },
  {
    title: '@upstash/context7-mcp 4.1.1 over stdio',
    serverName: 'Context7',
    serverVersion: '4.1.1',
    protocolVersion: '2025-11-25',
    tools: ['resolve-library-id', 'query-docs'],
    // Both tools ask context7.com; see Notion's entry for why they are not called.
    start: () => stdioServer(context7Entry, []),
  },
  {
    title: '@modelcontextprotocol/server-github 2025.4.8 (SDK 1.0.1, protocol 2024-11-05) over stdio',
    serverName: 'github-mcp-server',
    serverVersion: '0.6.2',
    protocolVersion: '2024-11-05',
    // 26 tools whose schemas zod-to-json-schema made: nested objects, arrays of objects, enums, unions.
    tools: ['create_or_update_file', 'push_files', 'create_pull_request_review', 'search_code'],
    // Every tool asks api.github.com; see Notion's entry for why they are not called.
    start: () => stdioServer(githubEntry, []),
  },
  { title: 'FastMCP 4.20.16 over stdio', ...FASTMCP, start: () => stdioServer(fastmcpEntry, ['stdio']) },
  {
    title: 'FastMCP 4.20.16 over Streamable HTTP (httpStream)',
    ...FASTMCP,
    start: () => httpServer(fastmcpEntry, (port) => ['http', String(port)], 'streamable-http', '/mcp'),
  },
  { title: 'mcp-framework 0.2.22 over stdio', ...MCP_FRAMEWORK, start: () => stdioServer(frameworkEntry, ['stdio']) },
  {
    title: 'mcp-framework 0.2.22 over Streamable HTTP (http-stream)',
    ...MCP_FRAMEWORK,
    start: () => httpServer(frameworkEntry, (port) => ['http', String(port)], 'streamable-http', '/mcp'),
  },
];
