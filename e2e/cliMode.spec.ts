// `mcp-inspect --cli` end to end, no browser: the built CLI against server-everything over stdio and
// Streamable HTTP (every method on both), the OAuth fixture for exit 3, a tools-only fixture for the
// lists it must not ask for, every exit code (the official Inspector CLI's), and the commands the Log's
// "Copy as mcp-inspect --cli command" builds (shared/cliCommand.ts) run in a shell.
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { cliCommandFor } from '../shared/cliCommand';
import type { ConnectionTarget } from '../shared/connectionTypes';
import { freePort, startEverythingServer } from './fixtures/everythingServer';
import { startOAuthServer } from './fixtures/oauthServer';
import { builtCli, everythingEntry, fixtureServerArgv, fixtureServerCommand } from './fixtures/paths';

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function settle(file: string, args: string[], env?: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(file, args, { timeout: 20_000, ...(env ? { env } : {}) }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ code, stdout, stderr });
    });
  });
}

const runCli = (args: string[]) => settle(process.execPath, [builtCli, '--cli', ...args]);
/** A folder holding an `mcp-inspect` that runs the built CLI, as an installed one would be on PATH. */
let binDir: string;
/** Runs a command line in sh, with that `mcp-inspect` first on PATH: what a user pasting it gets. */
const runInShell = (commandLine: string) => settle('sh', ['-c', commandLine], { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}` });

test.beforeAll(() => {
  binDir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-bin-'));
  const launcher = path.join(binDir, 'mcp-inspect');
  writeFileSync(launcher, `#!/bin/sh\nexec '${process.execPath}' '${builtCli}' "$@"\n`);
  chmodSync(launcher, 0o755);
});
test.afterAll(() => rmSync(binDir, { recursive: true, force: true }));

const everything = ['node', everythingEntry, 'stdio'];
const everythingTarget: ConnectionTarget = { transport: 'stdio', command: 'node', args: [everythingEntry, 'stdio'], env: {} };

/** The error envelope a failed run prints as its last stderr line, as the official CLI does. */
function errorOf(result: CliResult): { code: string; message: string } {
  return (JSON.parse(result.stderr.trim().split('\n').pop()!) as { error: { code: string; message: string } }).error;
}

/** A successful run's result, parsed from stdout (nothing on stderr, exit 0). */
function json(result: CliResult): Record<string, unknown> {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

test.describe('mcp-inspect --cli', () => {
  test('lists tools and calls them with --tool-arg values (text, and numbers parsed as JSON)', async () => {
    const [list, echo, sum] = await Promise.all([
      runCli([...everything, '--method', 'tools/list']),
      runCli([...everything, '--method', 'tools/call', '--tool-name', 'echo', '--tool-arg', 'message=hello from a script']),
      runCli([...everything, '--method', 'tools/call', '--tool-name', 'get-sum', '--tool-arg', 'a=19', '--tool-arg', 'b=23.5']),
    ]);
    const names = (json(list).tools as { name: string }[]).map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(['echo', 'get-sum']));
    expect(json(list)).not.toHaveProperty('nextCursor');
    expect(json(echo)).toEqual({ content: [{ type: 'text', text: 'Echo: hello from a script' }] });
    expect(JSON.stringify(json(sum).content)).toContain('42.5');
  });

  test('reads a resource and gets a prompt with --prompt-args', async () => {
    const uri = 'demo://resource/static/document/architecture.md';
    const [read, prompt] = await Promise.all([
      runCli([...everything, '--method', 'resources/read', '--uri', uri]),
      runCli(['--method', 'prompts/get', '--prompt-name', 'args-prompt', '--prompt-args', 'city=Lyon', 'state=Rhône', '--', ...everything]),
    ]);
    const contents = json(read).contents as { uri: string; text?: string }[];
    expect(contents[0]?.uri).toBe(uri);
    expect(contents[0]?.text?.length).toBeGreaterThan(0);
    const text = JSON.stringify(json(prompt).messages);
    expect(text).toContain('Lyon');
    expect(text).toContain('Rhône');
  });

  test('fetches every page of a list and prints them as one, stopping at a repeated cursor', async () => {
    const paged = fixtureServerCommand('pagedServer');
    const pagedServer = [paged.command, ...paged.args];
    const cursorRepeat = fixtureServerArgv('rules/paginationCursorRepeat');
    const [tools, repeating] = await Promise.all([runCli([...pagedServer, '--method', 'tools/list']), runCli([...cursorRepeat, '--method', 'tools/list'])]);
    const toolNames = (json(tools).tools as { name: string }[]).map((tool) => tool.name);
    expect(toolNames).toHaveLength(251);
    expect(new Set(toolNames).size).toBe(251);
    expect(json(tools)).not.toHaveProperty('nextCursor');
    expect(repeating.code).toBe(0);
    expect((JSON.parse(repeating.stdout) as { tools: { name: string }[] }).tools.map((tool) => tool.name)).toEqual(['first', 'second']);
    expect(repeating.stderr).toContain('the server repeated the cursor "page-2"');
  });

  // The official CLI's codes: 5 for a tool that returned isError or is not listed, 1 for a server error.
  test('exits 5 when the tool returns isError or does not exist, 1 when the server answers with an error', async () => {
    const [toolError, unknownTool, serverError] = await Promise.all([
      runCli([...everything, '--method', 'tools/call', '--tool-name', 'get-sum', '--tool-arg', 'a=not-a-number', '--tool-arg', 'b=1']),
      runCli([...everything, '--method', 'tools/call', '--tool-name', 'no-such-tool']),
      runCli([...everything, '--method', 'prompts/get', '--prompt-name', 'no-such-prompt']),
    ]);
    expect(toolError.code).toBe(5);
    expect(JSON.parse(toolError.stdout)).toMatchObject({ isError: true });
    expect(errorOf(toolError)).toEqual({ code: 'tool_is_error', message: "Tool 'get-sum' returned isError:true." });
    expect(unknownTool).toMatchObject({ code: 5, stdout: '' });
    expect(errorOf(unknownTool)).toEqual({ code: 'tool_not_found', message: "Tool 'no-such-tool' not found on server." });
    expect(serverError.code).toBe(1);
    expect(serverError.stdout).toBe('');
    expect(errorOf(serverError).message).toMatch(/prompts\/get failed with error -32602: .*no-such-prompt/);
  });

  test('exits 1 on a usage error and 4 when it cannot connect', async () => {
    const closedPort = await freePort();
    const [usage, noCommand, noServer, crashes] = await Promise.all([
      runCli([...everything, '--method', 'tools/call']),
      runCli(['/no/such/server-binary', '--method', 'ping']),
      runCli(['--url', `http://127.0.0.1:${closedPort}/mcp`, '--method', 'ping']),
      // -e is an option of --cli anywhere before --, as in the official CLI: node's own -e goes after --.
      runCli(['--method', 'ping', '--', 'node', '-e', 'console.error("missing API_KEY"); process.exit(4)']),
    ]);
    expect(usage).toMatchObject({ code: 1, stdout: '' });
    expect(errorOf(usage)).toMatchObject({ code: 'usage', message: expect.stringContaining('--method tools/call needs --tool-name') });
    for (const result of [noCommand, noServer, crashes]) {
      expect(result.code).toBe(4);
      expect(result.stdout).toBe('');
      expect(errorOf(result)).toMatchObject({ code: 'unreachable', message: expect.stringContaining('cannot connect') });
    }
    expect(noCommand.stderr).toContain('/no/such/server-binary');
    expect(crashes.stderr).toContain('exited with code 4');
    expect(crashes.stderr).toContain('missing API_KEY');
  });

  test('runs the commands "Copy as mcp-inspect --cli command" builds, over stdio', async () => {
    const requests = [
      { method: 'tools/call', params: { name: 'echo', arguments: { message: "it's 42 o'clock" } } },
      // A string that reads as JSON makes the builder fall back to --tool-args-json.
      { method: 'tools/call', params: { name: 'echo', arguments: { message: '42' } } },
      { method: 'tools/call', params: { name: 'get-sum', arguments: { a: 40, b: 2 } } },
      { method: 'prompts/get', params: { name: 'args-prompt', arguments: { city: 'Paris', state: 'Île de France' } } },
      { method: 'logging/setLevel', params: { level: 'debug' } },
      { method: 'resources/templates/list' },
    ];
    const results = await Promise.all(requests.map((request) => runInShell(cliCommandFor(request, everythingTarget)!)));
    const [quoted, jsonLike, sum, prompt, setLevel, templates] = results.map(json);
    expect(quoted).toEqual({ content: [{ type: 'text', text: "Echo: it's 42 o'clock" }] });
    expect(jsonLike).toEqual({ content: [{ type: 'text', text: 'Echo: 42' }] });
    expect(JSON.stringify(sum)).toContain('42');
    expect(JSON.stringify(prompt)).toContain('Île de France');
    expect(setLevel).toEqual({});
    expect(Array.isArray(templates!.resourceTemplates)).toBe(true);
  });

  test('over Streamable HTTP: every method, exit 5 for isError and 1 for server errors', async () => {
    const server = await startEverythingServer('streamableHttp');
    try {
      const http = ['--url', server.url, '--transport', 'http'];
      const uri = 'demo://resource/static/document/architecture.md';
      const runs = await Promise.all([
        runCli([...http, '--method', 'ping']),
        runCli([...http, '--method', 'tools/list']),
        runCli([...http, '--method', 'tools/call', '--tool-name', 'get-sum', '--tool-args-json', '{"a":40,"b":2}']),
        runCli([...http, '--method', 'resources/list']),
        runCli([...http, '--method', 'resources/templates/list']),
        runCli([...http, '--method', 'resources/read', '--uri', uri]),
        runCli([...http, '--method', 'prompts/list']),
        runCli([...http, '--method', 'prompts/get', '--prompt-name', 'args-prompt', '--prompt-args', 'city=Paris', '--prompt-args', 'state=Île de France']),
        runCli([...http, '--method', 'logging/setLevel', '--log-level', 'debug']),
      ]);
      const [ping, tools, sum, resources, templates, read, prompts, prompt, setLevel] = runs.map(json);
      expect(ping).toEqual({});
      expect((tools!.tools as { name: string }[]).map((tool) => tool.name)).toContain('get-sum');
      expect(JSON.stringify(sum!.content)).toContain('42');
      expect((resources!.resources as { uri: string }[]).map((resource) => resource.uri)).toContain(uri);
      expect((templates!.resourceTemplates as unknown[]).length).toBeGreaterThan(0);
      expect(read!.contents).toEqual([expect.objectContaining({ uri })]);
      expect((prompts!.prompts as { name: string }[]).map((one) => one.name)).toContain('args-prompt');
      expect(JSON.stringify(prompt)).toContain('Paris');
      expect(setLevel).toEqual({});

      const [toolError, serverError] = await Promise.all([
        runCli([...http, '--method', 'tools/call', '--tool-name', 'get-sum', '--tool-arg', 'a=not-a-number', '--tool-arg', 'b=1']),
        runCli([...http, '--method', 'prompts/get', '--prompt-name', 'no-such-prompt']),
      ]);
      expect(toolError.code).toBe(5);
      expect(JSON.parse(toolError.stdout)).toMatchObject({ isError: true });
      expect(serverError.code).toBe(1);
      expect(errorOf(serverError).message).toMatch(/prompts\/get failed with error -32602/);
    } finally {
      await server.stop();
    }
  });

  test('exits 3 when an OAuth server cannot be authorized without a browser; a registered client completes the headless flow', async () => {
    const server = await startOAuthServer();
    try {
      const refused = await runCli(['--url', server.url, '--transport', 'http', '--client-id', 'not-registered', '--method', 'tools/list']);
      expect(refused.code).toBe(3);
      expect(refused.stdout).toBe('');
      expect(errorOf(refused)).toMatchObject({ code: 'auth_required', message: expect.stringMatching(/authoriz/i) });
      // The fixture's authorization server approves at once, so the headless flow completes for a registered client.
      const authorized = await runCli(['--url', server.url, '--transport', 'http', '--method', 'tools/list']);
      expect((json(authorized).tools as { name: string }[]).map((tool) => tool.name)).toContain('whoami');
    } finally {
      await server.stop();
    }
  });

  test('runs a copied command for a Streamable HTTP server (the URL in the command place)', async () => {
    const server = await startEverythingServer('streamableHttp');
    try {
      const target: ConnectionTarget = { transport: 'streamable-http', url: server.url, headers: {} };
      const methods = ['ping', 'tools/list', 'prompts/list', 'resources/list'];
      const [ping, tools, prompts, resources] = (await Promise.all(methods.map((method) => runInShell(cliCommandFor({ method }, target)!)))).map(json);
      expect(ping).toEqual({});
      expect((tools!.tools as { name: string }[]).map((tool) => tool.name)).toContain('echo');
      expect((prompts!.prompts as { name: string }[]).map((prompt) => prompt.name)).toContain('args-prompt');
      expect((resources!.resources as unknown[]).length).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
  test('answers the lists of capabilities the server did not declare with an empty list, without asking', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-methods-'));
    try {
      const methodLog = path.join(dir, 'methods.log');
      const toolsOnly = fixtureServerCommand('toolsOnlyServer');
      const server = ['--', toolsOnly.command, ...toolsOnly.args, methodLog];
      // One at a time: each run starts the fixture server, slow on a loaded machine.
      const runs: CliResult[] = [];
      for (const method of ['prompts/list', 'resources/list', 'resources/templates/list', 'tools/list']) runs.push(await runCli(['--method', method, ...server]));
      const [prompts, resources, templates, tools] = runs;
      expect(json(prompts!)).toEqual({ prompts: [] });
      expect(json(resources!)).toEqual({ resources: [] });
      expect(json(templates!)).toEqual({ resourceTemplates: [] });
      expect(json(tools!)).toEqual({ tools: [expect.objectContaining({ name: 'shout' })] });
      const asked = readFileSync(methodLog, 'utf8').trim().split('\n');
      // Four runs, four handshakes, and the one list the server declared.
      expect(asked.sort()).toEqual(['initialize', 'initialize', 'initialize', 'initialize', 'tools/list']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('declares roots (with none), so server-everything lists and runs its roots tool', async () => {
    const [tools, roots] = await Promise.all([
      runCli([...everything, '--method', 'tools/list']),
      runCli([...everything, '--method', 'tools/call', '--tool-name', 'get-roots-list']),
    ]);
    expect((json(tools).tools as { name: string }[]).map((tool) => tool.name)).toContain('get-roots-list');
    expect(JSON.stringify(json(roots).content)).toContain('supports roots but no roots are currently configured');
  });

  test('takes the official spellings and output options: --server-url, --transport stdio, --format json, --metadata', async () => {
    const server = await startEverythingServer('streamableHttp');
    try {
      const [byServerUrl, stdio, formatted] = await Promise.all([
        runCli(['--server-url', server.url, '--transport', 'http', '--method', 'ping']),
        runCli(['--transport', 'stdio', ...everything, '--method', 'tools/call', '--tool-name', 'echo', '--tool-arg', 'message=hi', '--metadata', 'trace=abc']),
        runCli([...everything, '--format', 'json', '--method', 'tools/call', '--tool-name', 'echo', '--tool-arg', 'message=hi']),
      ]);
      expect(json(byServerUrl)).toEqual({});
      expect(json(stdio)).toEqual({ content: [{ type: 'text', text: 'Echo: hi' }] });
      expect(formatted.stdout).toBe('{"result":{"content":[{"type":"text","text":"Echo: hi"}]}}\n');
    } finally {
      await server.stop();
    }
  });
});
