// `mcp-inspect mock` as shipped (the built CLI): it answers tools/list and tools/call as the real server
// did, and a replay of a recording against its own mock is "same" with exit 0, for two real servers'
// recordings. No browser: this is about a command's stdio and exit codes.
import { spawn } from 'node:child_process';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { expect, test } from '@playwright/test';
import { GOLDEN } from './assets/recordGoldenSessions';
import { PAGED_SESSION } from './assets/recordPagedSession';
import { builtCli } from './fixtures/paths';

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [builtCli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('the mock answers tools/list and tools/call as server-everything did', async () => {
  const client = new Client({ name: 'e2e', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [builtCli, 'mock', GOLDEN.everything], stderr: 'pipe' }));
  try {
    expect(client.getServerVersion()).toMatchObject({ name: 'mcp-servers/everything', version: '2.0.0' });
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toContain('get-sum');
    expect(await client.callTool({ name: 'get-sum', arguments: { a: 2, b: 3 } })).toEqual({ content: [{ type: 'text', text: 'The sum of 2 and 3 is 5.' }] });
  } finally {
    await client.close();
  }
});

for (const [name, file, requests] of [['server-everything', GOLDEN.everything, 2], ['server-everything 2025.9.25', PAGED_SESSION, 10]] as const) {
  test(`a replay of the ${name} recording against its own mock is the same: exit 0`, async () => {
    const replay = await run(['replay', '--yes', '--no-record', file, '--', process.execPath, builtCli, 'mock', file]);
    expect(replay.stdout).toMatch(new RegExp(`^${requests} same\\.$`, 'm'));
    expect(replay.code).toBe(0);
  });
}
