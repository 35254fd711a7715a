// Config files of MCP clients, end to end: `--cli --config FILE --server NAME` against
// server-everything for the three shapes (Claude Desktop's stdio `mcpServers`, a remote `mcpServers`
// entry as Cursor and Claude Code write it, VS Code's `servers` with an `${input:…}`), a VS Code
// .vscode/mcp.json in JSONC with predefined variables, the errors a person gets for a wrong file, name
// or variable, and the UI's import (fills the form, connects; a JSONC file lists what it still needs) and copy.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEverythingServer, type RunningHttpServer } from './fixtures/everythingServer';
import { builtCli, everythingEntry } from './fixtures/paths';
import { expect, test } from './fixtures/test';

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: NodeJS.ProcessEnv = process.env, command = '--cli'): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [builtCli, command, ...args], { timeout: 30_000, env }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-config-e2e-'));
function writeConfig(name: string, content: unknown): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
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
    const broken = writeConfig('broken.json', '{\n  "mcpServers": {\n    "a": { "command": "x" "args": [] }\n  }\n}');
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
    expect(message(bad)).toContain('The config file is not valid JSON (comments and trailing commas are fine) at line 3, column 27: expected a comma');
    expect(message(unknown)).toContain('No server "c" in the config file; it has "a", "b"');
    expect(message(unnamed)).toContain('The config file has 2 servers ("a", "b"): choose one with --server NAME');
    expect(message(input)).toContain('uses ${input:api-key}, which VS Code would ask you for; mcp-inspect does not prompt. Set MCP_INPUT_API_KEY');
  });
});

/** A VS Code workspace: server-everything started through a script in the workspace folder. */
function vscodeWorkspace(name: string, servers: string): string {
  writeConfig(`${name}/start-everything.mjs`, `await import(${JSON.stringify(pathToFileURL(everythingEntry).href)});\n`);
  return writeConfig(
    `${name}/.vscode/mcp.json`,
    `{
  // Written by hand in VS Code: comments and trailing commas.
  "inputs": [
    { "type": "promptString", "id": "api-key", "description": "API key", "password": true, },
  ],
  "servers": {
${servers}
  },
}
`,
  );
}

test.describe('--cli --config with a VS Code .vscode/mcp.json', () => {
  test('reads JSONC, expands ${workspaceFolder}, ${/}, ${workspaceFolderBasename}, ${userHome}, ${env:…} and ${input:…}, and loads envFile', async () => {
    const config = vscodeWorkspace(
      'my-workspace',
      `    "everything": {
      "type": "stdio",
      "command": ${JSON.stringify(process.execPath)},
      /* the script lives in the folder that holds .vscode/ */
      "args": ["\${workspaceFolder}\${/}start-everything.mjs", "stdio",],
      "env": { "PROJECT": "\${workspaceFolderBasename}", "HOME_DIR": "\${userHome}", "FROM_ENV": "\${env:CONFIG_E2E_VALUE}", "KEY": "\${input:api-key}", },
      "envFile": "\${workspaceFolder}/.env",
    },`,
    );
    writeConfig('my-workspace/.env', '# loaded through envFile\nFROM_ENV_FILE="yes"\n');
    const env = { ...process.env, CONFIG_E2E_VALUE: 'from the environment', MCP_INPUT_API_KEY: 'k-42' };
    const result = await runCli(['--config', config, '--method', 'tools/call', '--tool-name', 'get-env'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = (JSON.parse(result.stdout) as { content: { text: string }[] }).content[0]!.text;
    expect(JSON.parse(text)).toMatchObject({ PROJECT: 'my-workspace', HOME_DIR: os.homedir(), FROM_ENV: 'from the environment', KEY: 'k-42', FROM_ENV_FILE: 'yes' });
  });

  test('check reads the same file: a clean verdict for server-everything', async () => {
    const config = vscodeWorkspace(
      'check-workspace',
      `    "everything": { "type": "stdio", "command": ${JSON.stringify(process.execPath)}, "args": ["\${workspaceFolder}\${/}start-everything.mjs", "stdio",], },`,
    );
    const result = await runCli(['--json', '--config', config], process.env, 'check');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ outcome: 'checked', exitCode: 0, server: { name: expect.stringMatching(/everything/i) } });
  });

  test('refuses an unknown variable, an editor variable and an unset input, each by name, with the usage exit code (1, as the official CLI)', async () => {
    const entry = (name: string, arg: string) => `    "${name}": { "type": "stdio", "command": "node", "args": ["${arg}"] },`;
    const config = vscodeWorkspace('refusing', [entry('unknown', '${workspaceRoot}'), entry('editor', '${file}'), entry('input', '${input:api-key}')].join('\n'));
    const run = (server: string) => runCli(['--config', config, '--server', server, '--method', 'tools/list'], withoutVariable('MCP_INPUT_API_KEY'));
    const [unknown, editor, input] = await Promise.all([run('unknown'), run('editor'), run('input')]);
    for (const result of [unknown, editor, input]) expect(result.code).toBe(1);
    const message = (result: CliResult) => (JSON.parse(result.stderr) as { error: { message: string } }).error.message;
    expect(message(unknown)).toContain('Server "unknown", args[0] uses ${workspaceRoot}, which is not a variable mcp-inspect knows');
    expect(message(editor)).toContain('Server "editor", args[0] uses ${file}, which refers to VS Code\'s editor');
    expect(message(input)).toContain('Server "input", args[0] uses ${input:api-key} ("API key"), which VS Code would ask you for; mcp-inspect does not prompt. Set MCP_INPUT_API_KEY');
  });
});

test('the UI imports a JSONC .vscode/mcp.json and says which variables the entry still needs', async ({ inspector }) => {
  const { page } = inspector;
  await inspector.expectConnected();
  const config = vscodeWorkspace(
    'ui-workspace',
    `    "everything": {
      "type": "stdio",
      "command": ${JSON.stringify(process.execPath)},
      "args": ["\${workspaceFolder}\${/}start-everything.mjs", "stdio"], // trailing comment
      "env": { "KEY": "\${input:api-key}", },
    },`,
  );
  await inspector.button('New connection').click();
  const form = page.getByRole('form', { name: 'New connection' });
  await form.getByLabel('Import config file…').setInputFiles(config);
  await expect(form.getByRole('status')).toHaveText(
    'Filled in from "everything" of mcp.json. Before connecting, replace ${workspaceFolder} (the folder that holds .vscode/ (or the config file)), ${input:api-key} (an input VS Code would ask you for ("API key")).',
  );
  await expect(form.getByLabel('Command')).toHaveValue(process.execPath);
  await expect(form.getByLabel('Arguments')).toHaveValue("'${workspaceFolder}/start-everything.mjs' stdio");

  await form.getByLabel('Import config file…').setInputFiles(writeConfig('ui-bad/mcp.json', '{\n  // fine\n  "servers": { "a": { "command": "x", "args": ["${file}"], }, },\n}'));
  await expect(form.getByRole('alert')).toHaveText('mcp.json: Server "a", args[0] uses ${file}, which refers to VS Code\'s editor (its open file, selection or build task); mcp-inspect has none');
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

  const copy = (await inspector.openSettings()).getByRole('group', { name: 'Copy as config entry' });
  await copy.getByRole('button', { name: 'VS Code (servers)' }).click();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { servers: Record<string, unknown> };
  // The page never holds a secret (every env value counts as one): the copied entry carries the mask.
  expect(copied).toEqual({
    servers: { 'mcp-servers-everything': { type: 'stdio', command: process.execPath, args: [everythingEntry, 'stdio'], env: { GREETING: '***' } } },
  });

  await page.getByRole('button', { name: 'New connection', exact: true }).click();
  await form.getByLabel('Import config file…').setInputFiles(writeConfig('bad.json', '{"servers": []}'));
  await expect(form.getByRole('alert')).toHaveText('bad.json: No servers in the config file: expected an object under "mcpServers" (Claude Desktop, Cursor) or "servers" (VS Code)');
});
