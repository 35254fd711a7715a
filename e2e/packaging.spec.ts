// What ships: `npm pack` of the built tree, installed from the tarball into an empty folder, must run
// on its own — the help, a real launch of the bundled demo server, and the built UI served with the
// token. No browser: this is about files, dependencies and the bin, not about the UI.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { InspectorSocketClient } from './fixtures/inspectorSocketClient';
import { repoRoot } from './fixtures/paths';
import { startProxy } from './fixtures/proxyProcess';

const run = promisify(execFile);
const builtIndexHtml = path.join(repoRoot, 'dist/client/index.html');

let workDir = '';
let installDir = '';

// Packing and installing from the registry take a while; every test below uses the one install.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  workDir = await mkdtemp(path.join(tmpdir(), 'mcp-inspect-pack-'));
  // --ignore-scripts: pack the tree this suite already built instead of building it again (prepack).
  await run('npm', ['pack', '--ignore-scripts', '--pack-destination', workDir], { cwd: repoRoot });
  const [tarball] = (await readdir(workDir)).filter((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${workDir}`);
  installDir = path.join(workDir, 'app');
  await run('mkdir', [installDir]);
  await writeFile(path.join(installDir, 'package.json'), JSON.stringify({ name: 'pack-check', private: true }));
  await run('npm', ['install', '--no-audit', '--no-fund', path.join(workDir, tarball)], { cwd: installDir });
});

test.afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

test('npx mcp-inspect --help runs the installed bin', async () => {
  const { stdout } = await run('npx', ['--no-install', 'mcp-inspect', '--help'], { cwd: installDir });
  const { version } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  expect(stdout).toContain(`mcp-inspect ${version}`);
  expect(stdout).toContain('Usage:');
});

test('the installed package launches the demo server and serves its built UI with the token', async () => {
  const installedBin = path.join(installDir, 'node_modules/.bin/mcp-inspect');
  // No server given: the bundled server-everything, resolved from the installed package's dependencies.
  const proxy = await startProxy([], { cli: installedBin, timeoutMs: 30_000 });
  try {
    const page = await fetch(proxy.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toBe(await readFile(builtIndexHtml, 'utf8'));

    // The page's script comes from the package's own dist/client too.
    const script = html.match(/<script[^>]+src="\.?\/?([^"]+)"/)?.[1];
    expect(script, 'index.html names its entry script').toBeTruthy();
    // UI files hold no secret and need no token (the page keeps it in its URL fragment; no cookie):
    // the API is what needs it.
    const asset = await fetch(new URL(script!, proxy.url));
    expect(asset.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();

    const withoutToken = await fetch(`${proxy.origin}/api/health`);
    expect(withoutToken.status).toBe(401);

    // The core (SDK client, transports) loads after the ready line; a missing runtime dependency
    // would only show here: the demo server must connect and list its tools.
    const client = await InspectorSocketClient.open(proxy.origin, proxy.token);
    try {
      const [connection] = [...client.connections.values()];
      expect(connection, 'the demo connection').toBeTruthy();
      await client.waitForState(connection!.id, ['connected']);
      const listed = await client.request({ connectionId: connection!.id, method: 'tools/list', params: {} });
      expect(listed.ok).toBe(true);
    } finally {
      client.close();
    }
  } finally {
    await proxy.stop();
  }
});
