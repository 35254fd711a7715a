// The CLI as a user runs it (from the sources, through tsx): what it prints, its exit codes, and that
// SIGTERM leaves no server process behind.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { READY_PREFIX } from './cli/startupMessages';
import { TestSocketClient } from './ws/testSocketClient';

const mainTs = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function cli(args: string[]): Run {
  const env = { ...process.env };
  delete env.MCP_INSPECT_TOKEN;
  const child = spawn(process.execPath, ['--import', 'tsx', mainTs, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function readyUrl(run: Run): Promise<URL> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const line = run.output().split('\n').find((l) => l.startsWith(READY_PREFIX));
    if (line) return new URL(line.slice(READY_PREFIX.length));
    if (Date.now() > deadline || run.child.exitCode !== null) throw new Error(`no ready line:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('mcp-inspect CLI', () => {
  it('prints help and exits 0; a usage error goes to stderr with exit code 2', async () => {
    const help = cli(['--help']);
    expect(await help.exited).toBe(0);
    expect(help.output()).toMatch(/Usage:\n {2}mcp-inspect \[options\] \[--\] <command>/);
    const bad = cli(['--transport', 'carrier-pigeon', '--url', 'http://x/mcp']);
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toMatch(/--transport must be auto, http, streamable-http, sse or stdio \(got "carrier-pigeon"\)\nRun "mcp-inspect --help" for usage\./);
    const env = cli(['-e', 'NOVALUE', 'node']);
    expect(await env.exited).toBe(2);
  });

  it('starts the demo, prints one ready line with the token, and SIGTERM leaves no server behind', async () => {
    const run = cli(['--no-open', '--port', '0', '--token', 'cli-test-token']);
    const url = await readyUrl(run);
    expect(url.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=cli-test-token$/);
    expect(run.output().split('\n').filter((line) => line.startsWith(READY_PREFIX))).toHaveLength(1);
    expect(run.output()).toMatch(/bundled demo server/);

    const client = await TestSocketClient.open(Number(url.port), 'cli-test-token');
    const snapshot = await client.attach();
    expect(snapshot.launch.isDemo).toBe(true);
    const pid = await client.waitFor(() => {
      const spawned = [...snapshot.events, ...client.events()].find((event) => event.kind === 'transport' && event.event.type === 'spawned');
      return spawned?.kind === 'transport' && spawned.event.type === 'spawned' ? spawned.event.pid : undefined;
    });
    expect(isAlive(pid)).toBe(true);
    client.close();

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(isAlive(pid)).toBe(false);
  });

  it('refuses an explicit busy port, naming it and --port', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const run = cli(['--no-open', '--port', String(port), '--', process.execPath, '-e', '']);
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Port ${port} on 127.0.0.1 is already in use. Choose another with --port`);
    } finally {
      blocker.close();
    }
  });

  it('moves on from the default port when it is busy, and says so', async () => {
    const blocker = net.createServer();
    const blocked = await new Promise<boolean>((resolve) => {
      blocker.once('error', () => resolve(false));
      blocker.listen(6280, '127.0.0.1', () => resolve(true));
    });
    try {
      const run = cli(['--no-open', '--', process.execPath, '-e', 'setInterval(() => {}, 1000)']);
      const url = await readyUrl(run);
      expect(Number(url.port)).toBeGreaterThan(6280);
      expect(run.output()).toContain(`Port 6280 is busy; using ${url.port} instead.`);
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    } finally {
      if (blocked) blocker.close();
    }
  });
});
