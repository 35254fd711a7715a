// Config files of MCP clients, end to end: `--cli --config FILE --server NAME` against
// server-everything for the three shapes (Claude Desktop's stdio `mcpServers`, a remote `mcpServers`
// entry as Cursor and Claude Code write it, VS Code's `servers` with an `${input:…}`), the errors a
// person gets for a wrong file or name, and the UI's import (fills the form, connects) and copy.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEverythingServer, type RunningHttpServer } from './fixtures/everythingServer';
import { builtCli, everythingEntry } from './fixtures/paths';
import { expect, test } from './fixtures/test';

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [builtCli, '--cli', ...args], { timeout: 30_000, env }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-config-e2e-'));
function writeConfig(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

function withoutVariable(name: string): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env[name];
  return env;
}

const toolNames = (result: CliResult) => (JSON.parse(result.stdout) as { tools: { name: string }[] }).tools.map((tool) => tool.name);

test.describe('--cli --config', () => {
  let http: RunningHttpServer;
  let sse: RunningHttpServer;
  test.beforeAll(async () => {
    [http, sse] = await Promise.all([startEverythingServer('streamableHttp'), startEverythingServer('sse')]);
  });
  test.afterAll(async () => {
    await Promise.all([http?.stop(), sse?.stop()]);
  });

  test('reads each shape and lists the chosen server’s tools', async () => {
    const claude = writeConfig('claude_desktop_config.json', {
      mcpServers: { everything: { command: process.execPath, args: [everythingEntry, 'stdio'] }, other: { command: 'false' } },
    });
    const cursor = writeConfig('mcp.json', { mcpServers: { remote: { url: http.url }, legacy: { type: 'sse', url: sse.url } } });
    const vscode = writeConfig('vscode-mcp.json', {
      inputs: [{ type: 'promptString', id: 'transport-mode', description: 'How server-everything talks' }],
      servers: { local: { type: 'stdio', command: process.execPath, args: [everythingEntry, '${input:transport-mode}'] }, web: { type: 'http', url: http.url } },
    });
    const env = { ...process.env, MCP_INPUT_TRANSPORT_MODE: 'stdio' };
    const results = await Promise.all([
      runCli(['--config', claude, '--server', 'everything', '--method', 'tools/list']),
      runCli(['--config', cursor, '--server', 'remote', '--method', 'tools/list']),
      runCli(['--config', cursor, '--server', 'legacy', '--method', 'tools/list']),
      runCli(['--config', vscode, '--server', 'local', '--method', 'tools/list'], env),
      runCli(['--config', vscode, '--server', 'web', '--method', 'tools/list']),
    ]);
    for (const result of results) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(toolNames(result)).toContain('echo');
    }
  });

  test('a file with one server needs no --server', async () => {
    const single = writeConfig('single.json', { mcpServers: { only: { command: process.execPath, args: [everythingEntry, 'stdio'] } } });
    const result = await runCli(['--method', 'tools/call', '--tool-name', 'echo', '--tool-arg', 'message=from a config file', '--config', single]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Echo: from a config file');
  });

  test('says what is wrong with the file or the name, with the usage exit code (1, as the official CLI)', async () => {
    const two = writeConfig('two.json', { mcpServers: { a: { command: 'x' }, b: { url: 'http://127.0.0.1:1/mcp' } } });
    const broken = writeConfig('broken.json', '{\n  "mcpServers": {\n    "a": { "command": "x", }\n  }\n}');
    const inputs = writeConfig('inputs.json', { servers: { s: { type: 'stdio', command: 'x', env: { KEY: '${input:api-key}' } } } });
    const [missing, bad, unknown, unnamed, input] = await Promise.all([
      runCli(['--config', path.join(dir, 'nope.json'), '--method', 'tools/list']),
      runCli(['--config', broken, '--method', 'tools/list']),
      runCli(['--config', two, '--server', 'c', '--method', 'tools/list']),
      runCli(['--config', two, '--method', 'tools/list']),
      runCli(['--config', inputs, '--method', 'tools/list'], withoutVariable('MCP_INPUT_API_KEY')),
    ]);
    // --cli reports a usage error as the official Inspector CLI does: exit 1, one JSON envelope on stderr.
    for (const result of [missing, bad, unknown, unnamed, input]) expect(result.code).toBe(1);
    const message = (result: CliResult) => (JSON.parse(result.stderr) as { error: { code: string; message: string } }).error.message;
    expect(message(missing)).toContain(`--config: no such file: ${path.join(dir, 'nope.json')}`);
    expect(message(bad)).toContain('The config file is not valid JSON at line 3, column 28');
    expect(message(unknown)).toContain('No server "c" in the config file; it has "a", "b"');
    expect(message(unnamed)).toContain('The config file has 2 servers ("a", "b"): choose one with --server NAME');
    expect(message(input)).toContain('uses ${input:api-key}, which VS Code would ask you for; mcp-inspect does not prompt. Set MCP_INPUT_API_KEY');
  });
});

test('the UI imports a server from a config file into the form, connects, and copies it back as an entry', async ({ inspector, context }) => {
  const { page } = inspector;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await inspector.expectConnected();
  const file = writeConfig('import.json', {
    mcpServers: {
      broken: { command: 'does-not-exist' },
      everything: { command: process.execPath, args: [everythingEntry, 'stdio'], env: { GREETING: 'hello' } },
    },
  });
  await inspector.button('New connection').click();
  const form = page.getByRole('form', { name: 'New connection' });
  await form.getByLabel('Import config file…').setInputFiles(file);
  const servers = form.getByRole('group', { name: 'Servers in the config file' });
  await servers.getByLabel('Server in import.json').selectOption('everything');
  await servers.getByRole('button', { name: 'Use this server' }).click();
  await expect(form.getByRole('status')).toHaveText('Filled in from "everything" of import.json.');
  await expect(form.getByLabel('Command')).toHaveValue(process.execPath);
  await expect(form.getByLabel('Arguments')).toHaveValue(`${everythingEntry} stdio`);
  await form.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(inspector.connections.getByRole('listitem')).toHaveCount(2);
  await inspector.expectConnected();

  const copy = page.getByRole('form', { name: 'Connection settings' }).getByRole('group', { name: 'Copy as config entry' });
  await copy.getByRole('button', { name: 'VS Code (servers)' }).click();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { servers: Record<string, unknown> };
  expect(copied).toEqual({
    servers: { 'mcp-servers-everything': { type: 'stdio', command: process.execPath, args: [everythingEntry, 'stdio'], env: { GREETING: 'hello' } } },
  });

  await page.getByRole('button', { name: 'New connection', exact: true }).click();
  await form.getByLabel('Import config file…').setInputFiles(writeConfig('bad.json', '{"servers": []}'));
  await expect(form.getByRole('alert')).toHaveText('bad.json: No servers in the config file: expected an object under "mcpServers" (Claude Desktop, Cursor) or "servers" (VS Code)');
});
