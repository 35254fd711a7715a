// What the proxy costs: the same calls to server-everything (stdio), once with a direct SDK client
// and once through the proxy's WebSocket as the UI makes them, plus the CLI's launch-to-ready time.
import { spawn } from 'node:child_process';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { InspectorSocketClient } from '../fixtures/inspectorSocketClient';
import { everythingEntry } from '../fixtures/paths';
import { startProxy } from '../fixtures/proxyProcess';
import { median, percentile, type Measurement } from './stats';
import { measureWebSocketFloor } from './websocketFloor';

/** One way of making an MCP call: direct or through the proxy. */
type Caller = (method: string, params?: Record<string, unknown>) => Promise<void>;

const SEQUENTIAL_CALLS = 1000;
const CONCURRENT_CALLS = 2000;
const IN_FLIGHT = 50;
const LAUNCHES = 7;
const ROUNDS = 3;

const echo = { name: 'echo', arguments: { message: 'hello from the bench' } };

async function timeEach(count: number, call: () => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Calls per second with `inFlight` requests outstanding at all times. */
async function throughput(total: number, inFlight: number, call: () => Promise<void>): Promise<number> {
  let started = 0;
  const start = performance.now();
  const worker = async () => {
    while (started < total) {
      started++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return total / ((performance.now() - start) / 1000);
}

interface CallerResults {
  pingMedianMs: number;
  echoMedianMs: number;
  echoP95Ms: number;
  throughputPerSec: number;
}

async function measure(call: Caller): Promise<CallerResults> {
  await timeEach(50, () => call('ping')); // warm up JIT and connections
  const pings = await timeEach(SEQUENTIAL_CALLS, () => call('ping'));
  const echoes = await timeEach(SEQUENTIAL_CALLS, () => call('tools/call', echo));
  const rate = await throughput(CONCURRENT_CALLS, IN_FLIGHT, () => call('tools/call', echo));
  return { pingMedianMs: median(pings), echoMedianMs: median(echoes), echoP95Ms: percentile(echoes, 95), throughputPerSec: rate };
}

interface OpenCaller {
  call: Caller;
  close(): Promise<void>;
}

async function openDirect(): Promise<OpenCaller> {
  const client = new Client({ name: 'bench-direct', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [everythingEntry, 'stdio'], stderr: 'ignore' }));
  return {
    call: async (method, params) => {
      if (method === 'ping') await client.ping();
      else await client.callTool(params as typeof echo);
    },
    close: () => client.close(),
  };
}

async function openThroughProxy(): Promise<OpenCaller> {
  const proxy = await startProxy(['--', process.execPath, everythingEntry, 'stdio']);
  const socket = await InspectorSocketClient.open(proxy.origin, proxy.token);
  const [connection] = [...socket.connections.values()];
  await socket.waitForState(connection!.id, ['connected']);
  return {
    call: async (method, params) => {
      const outcome = await socket.request({ connectionId: connection!.id, method, params });
      if (!outcome.ok) throw new Error(`${method} failed: ${outcome.error.message}`);
    },
    close: async () => {
      socket.close();
      await proxy.stop();
    },
  };
}

/**
 * Direct and proxied runs alternate over several rounds with both connections open, so that a
 * noisy neighbour on a shared machine slows both alike; each ratio is the median over the rounds.
 */
async function measureInterleaved(): Promise<{ direct: CallerResults; proxied: CallerResults; ratios: CallerResults }> {
  const direct = await openDirect();
  const proxied = await openThroughProxy();
  try {
    const rounds: { direct: CallerResults; proxied: CallerResults }[] = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push({ direct: await measure(direct.call), proxied: await measure(proxied.call) });
    const pick = (side: 'direct' | 'proxied', key: keyof CallerResults) => median(rounds.map((r) => r[side][key]));
    const ratio = (key: keyof CallerResults) => median(rounds.map((r) => r.proxied[key] / r.direct[key]));
    const keys = ['pingMedianMs', 'echoMedianMs', 'echoP95Ms', 'throughputPerSec'] as const;
    const collect = (f: (key: keyof CallerResults) => number) => Object.fromEntries(keys.map((k) => [k, f(k)])) as unknown as CallerResults;
    return { direct: collect((k) => pick('direct', k)), proxied: collect((k) => pick('proxied', k)), ratios: collect(ratio) };
  } finally {
    await direct.close();
    await proxied.close();
  }
}

/** Spawn of the CLI until it prints its URL, and until the launch server's handshake is done. */
async function measureLaunch(): Promise<{ readyMs: number; connectedMs: number }> {
  const start = performance.now();
  const proxy = await startProxy(['--', process.execPath, everythingEntry, 'stdio']);
  const readyMs = performance.now() - start;
  const socket = await InspectorSocketClient.open(proxy.origin, proxy.token);
  const [connection] = [...socket.connections.values()];
  await socket.waitForState(connection!.id, ['connected']);
  const connectedMs = performance.now() - start;
  socket.close();
  await proxy.stop();
  return { readyMs, connectedMs };
}

/** The floor for launch: how long Node takes to start and exit with nothing to do. */
async function measureNodeStartup(): Promise<number> {
  const start = performance.now();
  await new Promise((resolve) => spawn(process.execPath, ['-e', '0']).once('exit', resolve));
  return performance.now() - start;
}

export async function benchProxyOverhead(): Promise<Measurement[]> {
  const { direct, proxied, ratios } = await measureInterleaved();
  const launches = [];
  for (let i = 0; i < LAUNCHES; i++) launches.push(await measureLaunch());
  const websocketFloor = await measureWebSocketFloor();
  const nodeStartup = median(await Promise.all([measureNodeStartup(), measureNodeStartup(), measureNodeStartup()]));

  return [
    { name: 'ping median, direct', value: direct.pingMedianMs, unit: 'ms' },
    { name: 'ping median, via proxy', value: proxied.pingMedianMs, unit: 'ms' },
    { name: 'ping ratio (proxy / direct)', value: ratios.pingMedianMs, unit: '×', target: { max: 2.5 } },
    { name: 'echo median, direct', value: direct.echoMedianMs, unit: 'ms' },
    { name: 'echo median, via proxy', value: proxied.echoMedianMs, unit: 'ms' },
    { name: 'echo p95, via proxy', value: proxied.echoP95Ms, unit: 'ms' },
    { name: 'echo ratio (proxy / direct)', value: ratios.echoMedianMs, unit: '×', target: { max: 1.5 } },
    // What no WebSocket bridge can go below: with it, the floor of the echo ratio is (echo + floor) / echo.
    { name: 'bare WebSocket round trip (floor)', value: websocketFloor, unit: 'ms' },
    { name: 'echo ratio floor for any WebSocket proxy', value: (direct.echoMedianMs + websocketFloor) / direct.echoMedianMs, unit: '×' },
    { name: 'proxy cost above the floor (echo)', value: proxied.echoMedianMs - direct.echoMedianMs - websocketFloor, unit: 'ms' },
    { name: `throughput, direct (${IN_FLIGHT} in flight)`, value: direct.throughputPerSec, unit: 'calls/s' },
    { name: `throughput, via proxy (${IN_FLIGHT} in flight)`, value: proxied.throughputPerSec, unit: 'calls/s' },
    { name: 'throughput ratio (proxy / direct)', value: ratios.throughputPerSec, unit: '×', target: { min: 0.7 } },
    { name: 'node startup floor (node -e 0)', value: nodeStartup, unit: 'ms' },
    { name: 'launch to ready (URL printed)', value: median(launches.map((l) => l.readyMs)), unit: 'ms', target: { max: 150 } },
    { name: 'launch to server connected', value: median(launches.map((l) => l.connectedMs)), unit: 'ms' },
  ];
}
