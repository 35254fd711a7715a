// The mock as a client meets it: the CLI (from the sources, through tsx) serving real recordings of two
// real servers over stdio and Streamable HTTP to the official SDK client, and replay run against it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, ProtocolError, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GOLDEN } from '../../e2e/assets/recordGoldenSessions';
import { PAGED_SESSION } from '../../e2e/assets/recordPagedSession';
import { replayPlan } from '../../shared/replay';
import { readSessionFile } from '../sessions/loadRecordedSession';
import { replayCommand } from '../replay/replayCommand';
import { mockCommand } from './mockCommand';

const mainTs = path.join(path.dirname(fileURLToPath(import.meta.url)), '../main.ts');
const mockArgv = (file: string, ...options: string[]) => ['--import', 'tsx', mainTs, 'mock', file, ...options];

/** What the recorded server answered to `method` (the first time), read from the file. */
function recordedResult(file: string, method: string, params: Record<string, unknown> = {}): unknown {
  const { connections } = readSessionFile(file);
  const exchange = replayPlan(connections[0]!.events).exchanges.find((one) => one.method === method && JSON.stringify(one.params ?? {}) === JSON.stringify(params));
  if (exchange?.recorded.kind !== 'result') throw new Error(`no recorded result of ${method} in ${file}`);
  return exchange.recorded.result;
}

async function overStdio(file: string): Promise<Client> {
  const client = new Client({ name: 'mock-test', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: mockArgv(file), stderr: 'pipe' }));
  return client;
}

async function rejection(promise: Promise<unknown>): Promise<ProtocolError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProtocolError);
  return error as ProtocolError;
}

/** POSTs with this Host header (fetch may not set Host: it is a forbidden header there). */
function statusWithHost(url: string, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: 'POST', headers: { host, 'content-type': 'application/json' } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    sent.once('error', reject);
    sent.end('{}');
  });
}

afterEach(() => vi.restoreAllMocks());

describe('mcp-inspect mock over stdio, to the official SDK client', () => {
  it('server-everything: the recorded handshake, tools/list and tools/call as recorded, a clear error for the rest', async () => {
    const client = await overStdio(GOLDEN.everything);
    try {
      expect(client.getServerVersion()).toMatchObject({ name: 'mcp-servers/everything', version: '2.0.0' });
      expect(client.getInstructions()).toContain('Everything Server');
      expect(await client.listTools()).toEqual(recordedResult(GOLDEN.everything, 'tools/list'));
      expect(await client.callTool({ name: 'get-sum', arguments: { b: 3, a: 2 } })).toEqual({ content: [{ type: 'text', text: 'The sum of 2 and 3 is 5.' }] });
      const other = await rejection(client.callTool({ name: 'get-sum', arguments: { a: 1, b: 1 } }));
      expect(other.code).toBe(-32602);
      expect(other.message).toContain('mcp-inspect mock: the recording holds no answer to tools/call "get-sum" with these arguments');
      expect(await client.ping()).toEqual({});
    } finally {
      await client.close();
    }
  });

  it('server-everything 2025.9.25: resource pages by cursor as recorded; a page never recorded is an error naming its cursor', async () => {
    const client = await overStdio(PAGED_SESSION);
    try {
      const second = await client.listResources({ cursor: 'MTA=' });
      // The SDK client's schema drops the fields this old server adds (a `text` on each resource): compare what it keeps.
      const recorded = recordedResult(PAGED_SESSION, 'resources/list', { cursor: 'MTA=' }) as { resources: { uri: string }[] };
      expect(second.resources.map((resource) => resource.uri)).toEqual(recorded.resources.map((resource) => resource.uri));
      expect(second.nextCursor).toBe('MjA=');
      // Without a cursor the SDK client walks every page: the recording stops after the third.
      const walked = await rejection(client.listResources());
      expect([walked.code, walked.message]).toEqual([-32602, 'mcp-inspect mock: the recording holds no answer to resources/list at cursor "MzA="']);
      expect(await client.callTool({ name: 'echo', arguments: { message: 'mock me' } })).toEqual({ content: [{ type: 'text', text: 'Echo: mock me' }] });
      expect((await client.getPrompt({ name: 'simple_prompt' })).messages).toHaveLength(1);
      const never = await rejection(client.listResourceTemplates());
      expect([never.code, never.message]).toEqual([-32601, 'mcp-inspect mock: the recording holds no resources/templates/list request (method not found in connection c1)']);
    } finally {
      await client.close();
    }
  });
});

describe('mcp-inspect mock with a damaged file', () => {
  it('serves what it can read and warns about each damaged line on stderr', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-mock-')), 'damaged.session.jsonl');
    const lines = readFileSync(GOLDEN.everything, 'utf8').split('\n');
    const stderrLine = lines.findIndex((line) => line.includes('"kind":"stderr"'));
    lines[stderrLine] = 'overwritten by something else';
    writeFileSync(file, lines.join('\n'));
    const transport = new StdioClientTransport({ command: process.execPath, args: mockArgv(file), stderr: 'pipe' });
    let stderr = '';
    transport.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const client = new Client({ name: 'mock-test', version: '1.0.0' });
    await client.connect(transport);
    try {
      expect(await client.callTool({ name: 'get-sum', arguments: { a: 2, b: 3 } })).toEqual({ content: [{ type: 'text', text: 'The sum of 2 and 3 is 5.' }] });
      expect(stderr).toContain(`mcp-inspect mock: ${file}: Line ${stderrLine + 1} is not JSON (overwritten by something else); skipped.`);
    } finally {
      await client.close();
    }
  });
});

describe('mcp-inspect mock --url-listen (Streamable HTTP)', () => {
  it('prints its loopback URL on stdout, answers as recorded, and exits 0 when stopped', async () => {
    const child = spawn(process.execPath, mockArgv(GOLDEN.everything, '--url-listen', '127.0.0.1:0'), { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('\n')) resolve(stdout.trim());
        });
        child.once('exit', () => reject(new Error('the mock exited before it printed its URL')));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
      const client = new Client({ name: 'mock-test', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(url)));
      expect(client.getServerVersion()).toMatchObject({ name: 'mcp-servers/everything' });
      expect(await client.listTools()).toEqual(recordedResult(GOLDEN.everything, 'tools/list'));
      expect(await client.callTool({ name: 'get-sum', arguments: { a: 2, b: 3 } })).toEqual({ content: [{ type: 'text', text: 'The sum of 2 and 3 is 5.' }] });
      await client.close();
      // The SDK's Host check: a page of another origin cannot reach it through DNS rebinding.
      expect(await statusWithHost(url, 'attacker.example')).toBe(403);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});

describe('a replay of a session against its own mock', () => {
  for (const [name, file] of [['server-everything', GOLDEN.everything], ['server-everything 2025.9.25 (paged)', PAGED_SESSION]] as const) {
    it(`${name}: every request is the same, exit 0`, async () => {
      let stdout = '';
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
      vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      const code = await replayCommand(['--no-record', '--yes', file, '--', process.execPath, ...mockArgv(file)]);
      expect(stdout).toMatch(/^\d+ same\.$/m);
      expect(stdout).not.toMatch(/^(changed|failed|missing|new error) /m);
      expect(code).toBe(0);
    });
  }
});

describe('mcp-inspect mock: what it refuses', () => {
  const run = async (argv: string[]) => {
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
    const code = await mockCommand(argv);
    return { code, stderr };
  };

  it('exits 2 on usage errors: no file, a non-loopback address, a server option', async () => {
    expect(await run([])).toMatchObject({ code: 2, stderr: expect.stringContaining('mock needs a session file') });
    expect(await run([GOLDEN.everything, '--url-listen', '0.0.0.0:3000'])).toMatchObject({ code: 2, stderr: expect.stringContaining('listens on loopback only') });
    expect(await run([GOLDEN.everything, '--url', 'http://x'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--url does not apply to mock (it runs no server') });
    expect(await run([GOLDEN.everything, 'node', 'server.js'])).toMatchObject({ code: 2, stderr: expect.stringContaining('runs no command') });
  });

  it('exits 1 when the file cannot be read or holds nothing to serve', async () => {
    expect(await run(['/nonexistent/x.session.jsonl'])).toMatchObject({ code: 1, stderr: expect.stringContaining('Cannot read /nonexistent/x.session.jsonl') });
    expect(await run([GOLDEN.future])).toMatchObject({ code: 1, stderr: expect.stringMatching(/version 99/) });
    expect(await run([GOLDEN.everything, '--connection', 'c9'])).toMatchObject({ code: 1, stderr: expect.stringContaining('The session has no connection "c9"') });
  });
});
