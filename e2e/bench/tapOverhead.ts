// What `mcp-inspect tap` costs a host: the same 1,000 sequential echo calls to server-everything
// (stdio), from an SDK client connected directly and from one connected through the tap (which
// starts its own inspector UI, recording, as it does by default). Rounds alternate so load hits both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { freePort } from '../fixtures/everythingServer';
import { builtCli, everythingEntry } from '../fixtures/paths';
import { median, type Measurement } from './stats';

const CALLS = 1000;
/**
 * The floor for any tap: a Node process that only pipes bytes between the host and the server (the
 * same two extra hops, nothing observed). What the tap costs above it is its own.
 */
const BARE_RELAY = `const { spawn } = require('node:child_process');
const child = spawn(process.argv[1], process.argv.slice(2), { stdio: ['pipe', 'pipe', 'inherit'] });
process.stdin.pipe(child.stdin);
child.stdout.pipe(process.stdout);
child.on('exit', (code) => process.exit(code ?? 0));`;
/**
 * Below any relay in Node: `cat` passing each direction (a relay in C, no event loop), where the shell
 * has one (POSIX). What is left above direct is what two more hops through a pipe cost this machine.
 */
const CAT_RELAY = ['-c', `cat | "$0" "$@" | cat`];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const echo = { name: 'echo', arguments: { message: 'hello from the bench' } };
const server = [everythingEntry, 'stdio'];

async function echoTimes(client: Client): Promise<number[]> {
  const times: number[] = [];
  for (let call = 0; call < CALLS; call++) {
    const start = performance.now();
    await client.callTool(echo);
    times.push(performance.now() - start);
  }
  return times;
}

export async function benchTapOverhead(): Promise<Measurement[]> {
  const home = mkdtempSync(path.join(tmpdir(), 'mcp-inspect-bench-tap-'));
  const direct = new Client({ name: 'bench-host', version: '1.0.0' });
  await direct.connect(new StdioClientTransport({ command: process.execPath, args: server, stderr: 'ignore' }));
  const tapped = new Client({ name: 'bench-host', version: '1.0.0' });
  const tapArgs = [builtCli, 'tap', '--no-open', '--port', String(await freePort()), '--sessions-dir', path.join(home, 'sessions'), '--', process.execPath, ...server];
  await tapped.connect(new StdioClientTransport({ command: process.execPath, args: tapArgs, env: { PATH: process.env.PATH ?? '', HOME: home }, stderr: 'ignore' }));
  const relayed = new Client({ name: 'bench-host', version: '1.0.0' });
  await relayed.connect(new StdioClientTransport({ command: process.execPath, args: ['-e', BARE_RELAY, process.execPath, ...server], stderr: 'ignore' }));
  const catRelayed = process.platform === 'win32' ? undefined : new Client({ name: 'bench-host', version: '1.0.0' });
  await catRelayed?.connect(new StdioClientTransport({ command: 'sh', args: [...CAT_RELAY, process.execPath, ...server], stderr: 'ignore' }));
  try {
    // Warm every path up first (the JIT of each server and relay): else the first round measures it.
    for (const client of [direct, tapped, relayed, catRelayed]) if (client) for (let call = 0; call < 200; call++) await client.callTool(echo);
    const rounds: { direct: number; tapped: number; relayed: number; catRelayed: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      rounds.push({
        direct: median(await echoTimes(direct)),
        tapped: median(await echoTimes(tapped)),
        relayed: median(await echoTimes(relayed)),
        catRelayed: catRelayed ? median(await echoTimes(catRelayed)) : Number.NaN,
      });
    }
    return [
      { name: 'echo median, direct', value: median(rounds.map((r) => r.direct)), unit: 'ms' },
      { name: 'echo median, through tap', value: median(rounds.map((r) => r.tapped)), unit: 'ms' },
      { name: 'tap echo ratio (tap / direct)', value: median(rounds.map((r) => r.tapped / r.direct)), unit: '×', target: { max: 1.3 } },
      { name: 'ratio floor: a bare Node relay / direct', value: median(rounds.map((r) => r.relayed / r.direct)), unit: '×' },
      { name: 'ratio floor: a relay in C (cat) / direct', value: median(rounds.map((r) => r.catRelayed / r.direct)), unit: '×' },
    ];
  } finally {
    await direct.close();
    await tapped.close();
    await relayed.close();
    await catRelayed?.close();
    rmSync(home, { recursive: true, force: true });
  }
}
