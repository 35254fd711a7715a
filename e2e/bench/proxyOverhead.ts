// What the proxy costs: the same calls to server-everything (stdio), once with a direct SDK client
// and once through the proxy's WebSocket as the UI makes them, plus the CLI's launch-to-ready time.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { InspectorSocketClient } from '../fixtures/inspectorSocketClient';
import { everythingEntry } from '../fixtures/paths';
import { startProxy } from '../fixtures/proxyProcess';
import { childPids, minorFaults, pageFaultCostUs } from './pageFaults';
import { procStatFields, residentMiB } from './processMemory';
import { median, percentile, type Measurement } from './stats';
import { measureWebSocketFloor } from './websocketFloor';

/** One way of making an MCP call: direct or through the proxy. */
type Caller = (method: string, params?: Record<string, unknown>) => Promise<void>;

const SEQUENTIAL_CALLS = 1000;
const CONCURRENT_CALLS = 2000;
const IN_FLIGHT = 50;
const LAUNCHES = 7;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const echo = { name: 'echo', arguments: { message: 'hello from the bench' } };
/** Echoes of big strings: what a large tool result costs on its way through the proxy. */
const LARGE_ECHOES = [
  { label: '1 MiB', bytes: 1024 * 1024, calls: 15 },
  { label: '5 MiB', bytes: 5 * 1024 * 1024, calls: 5 },
] as const;
const largeEcho = (bytes: number) => ({ name: 'echo', arguments: { message: 'x'.repeat(bytes) } });

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
  echo1MiBMedianMs: number;
  echo5MiBMedianMs: number;
  /** CPU per call of the process doing the client's work (the proxy; for direct calls, the client's own). */
  echoCpuUs: number;
  throughputCpuUs: number;
  /** The last of LARGE_ECHOES. */
  echo5MiBCpuUs: number;
  /** Page faults per 1 MiB echo of every process on the call's path (this one included). */
  echo1MiBFaults: number;
}

/** CPU time (ms) the process doing the client's work has used so far: the proxy, or this one for direct calls. */
type CpuClock = () => number;
const ownCpu: CpuClock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** A child's CPU time from /proc (Linux; NaN elsewhere): less sensitive to a loaded machine than wall time. */
function processCpu(pid: number): CpuClock {
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  return () => {
    try {
      const fields = procStatFields(pid);
      return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
    } catch {
      return Number.NaN;
    }
  };
}

async function cpuPerCall(cpu: CpuClock, calls: number, run: () => Promise<unknown>): Promise<number> {
  const before = cpu();
  await run();
  return ((cpu() - before) * 1000) / calls;
}

/** Page faults so far of every process on a call's path: this one (client or page) and the caller's own. */
type FaultClock = () => number;

async function measure({ call, cpu, faults }: OpenCaller): Promise<CallerResults> {
  await timeEach(50, () => call('ping')); // warm up JIT and connections
  const pings = await timeEach(SEQUENTIAL_CALLS, () => call('ping'));
  let echoes: number[] = [];
  const echoCpuUs = await cpuPerCall(cpu, SEQUENTIAL_CALLS, async () => (echoes = await timeEach(SEQUENTIAL_CALLS, () => call('tools/call', echo))));
  let rate = 0;
  const throughputCpuUs = await cpuPerCall(cpu, CONCURRENT_CALLS, async () => (rate = await throughput(CONCURRENT_CALLS, IN_FLIGHT, () => call('tools/call', echo))));
  const large: number[] = [];
  const largeFaults: number[] = [];
  let echo5MiBCpuUs = 0;
  for (const { bytes, calls } of LARGE_ECHOES) {
    const params = largeEcho(bytes);
    await call('tools/call', params);
    let times: number[] = [];
    const faultsBefore = faults();
    echo5MiBCpuUs = await cpuPerCall(cpu, calls, async () => (times = await timeEach(calls, () => call('tools/call', params))));
    largeFaults.push((faults() - faultsBefore) / calls);
    large.push(median(times));
  }
  return {
    pingMedianMs: median(pings),
    echoMedianMs: median(echoes),
    echoP95Ms: percentile(echoes, 95),
    throughputPerSec: rate,
    echo1MiBMedianMs: large[0]!,
    echo5MiBMedianMs: large[1]!,
    echoCpuUs,
    throughputCpuUs,
    echo5MiBCpuUs,
    echo1MiBFaults: largeFaults[0]!,
  };
}

interface OpenCaller {
  call: Caller;
  cpu: CpuClock;
  faults: FaultClock;
  /** The resident memory of the process doing the client's work, in MiB (the proxy; NaN for a direct client, which shares the bench's). */
  rssMiB(): number;
  close(): Promise<void>;
}

async function openDirect(): Promise<OpenCaller> {
  const client = new Client({ name: 'bench-direct', version: '1.0.0' });
  const transport = new StdioClientTransport({ command: process.execPath, args: [everythingEntry, 'stdio'], stderr: 'ignore' });
  await client.connect(transport);
  const server = transport.pid!;
  return {
    call: async (method, params) => {
      if (method === 'ping') await client.ping();
      else await client.callTool(params as typeof echo);
    },
    cpu: ownCpu,
    faults: () => process.resourceUsage().minorPageFault + minorFaults([server]),
    rssMiB: () => Number.NaN,
    close: () => client.close(),
  };
}

async function openThroughProxy(): Promise<OpenCaller> {
  // BENCH_CPU_PROF_DIR=dir: the measured proxy writes a CPU profile there when it stops.
  // BENCH_PROXY_CLI=main.cjs (or an older build's main.js): measure another build (e.g. the one before a change) in the same run.
  const { BENCH_CPU_PROF_DIR, BENCH_PROXY_CLI } = process.env;
  const cli = BENCH_CPU_PROF_DIR ? fileURLToPath(new URL('./cpuProfiledCli.mjs', import.meta.url)) : BENCH_PROXY_CLI;
  const proxy = await startProxy(['--', process.execPath, everythingEntry, 'stdio'], cli === undefined ? {} : { cli });
  const socket = await InspectorSocketClient.open(proxy.origin, proxy.token);
  const [connection] = [...socket.connections.values()];
  await socket.waitForState(connection!.id, ['connected']);
  return {
    call: async (method, params) => {
      const outcome = await socket.request({ connectionId: connection!.id, method, params });
      if (!outcome.ok) throw new Error(`${method} failed: ${outcome.error.message}`);
    },
    cpu: processCpu(proxy.process.pid!),
    faults: () => process.resourceUsage().minorPageFault + minorFaults([proxy.process.pid!, ...childPids(proxy.process.pid!)]),
    rssMiB: () => residentMiB(proxy.process.pid!),
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
async function measureInterleaved(): Promise<{ direct: CallerResults; proxied: CallerResults; ratios: CallerResults; proxyRssAfterMiB: number }> {
  const direct = await openDirect();
  const proxied = await openThroughProxy();
  try {
    const rounds: { direct: CallerResults; proxied: CallerResults }[] = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push({ direct: await measure(direct), proxied: await measure(proxied) });
    const pick = (side: 'direct' | 'proxied', key: keyof CallerResults) => median(rounds.map((r) => r[side][key]));
    const ratio = (key: keyof CallerResults) => median(rounds.map((r) => r.proxied[key] / r.direct[key]));
    const keys = ['pingMedianMs', 'echoMedianMs', 'echoP95Ms', 'throughputPerSec', 'echo1MiBMedianMs', 'echo5MiBMedianMs', 'echoCpuUs', 'throughputCpuUs', 'echo5MiBCpuUs', 'echo1MiBFaults'] as const;
    const collect = (f: (key: keyof CallerResults) => number) => Object.fromEntries(keys.map((k) => [k, f(k)])) as unknown as CallerResults;
    // Read the moment the last call is answered: what the proxy holds after the whole workload, before any idle-time collection.
    const proxyRssAfterMiB = proxied.rssMiB();
    return { direct: collect((k) => pick('direct', k)), proxied: collect((k) => pick('proxied', k)), ratios: collect(ratio), proxyRssAfterMiB };
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
  const { direct, proxied, ratios, proxyRssAfterMiB } = await measureInterleaved();
  const launches = [];
  for (let i = 0; i < LAUNCHES; i++) launches.push(await measureLaunch());
  const websocketFloor = await measureWebSocketFloor();
  // One after another: three Node starts at once on two cores measured the machine, not Node.
  const nodeStartups = [];
  for (let i = 0; i < 3; i++) nodeStartups.push(await measureNodeStartup());
  const nodeStartup = median(nodeStartups);
  const faultCostUs = pageFaultCostUs();

  return [
    { name: 'ping median, direct', value: direct.pingMedianMs, unit: 'ms' },
    { name: 'ping median, via proxy', value: proxied.pingMedianMs, unit: 'ms' },
    { name: 'ping ratio (proxy / direct)', value: ratios.pingMedianMs, unit: '×', target: { max: 2.0 } },
    { name: 'echo median, direct', value: direct.echoMedianMs, unit: 'ms' },
    { name: 'echo median, via proxy', value: proxied.echoMedianMs, unit: 'ms' },
    { name: 'echo p95, via proxy', value: proxied.echoP95Ms, unit: 'ms' },
    { name: 'echo ratio (proxy / direct)', value: ratios.echoMedianMs, unit: '×', target: { max: 1.6 } },
    // What no WebSocket bridge can go below: with it, the floor of the echo ratio is (echo + floor) / echo.
    { name: 'bare WebSocket round trip (floor)', value: websocketFloor, unit: 'ms' },
    { name: 'echo ratio floor for any WebSocket proxy', value: (direct.echoMedianMs + websocketFloor) / direct.echoMedianMs, unit: '×' },
    { name: 'proxy cost above the floor (echo)', value: proxied.echoMedianMs - direct.echoMedianMs - websocketFloor, unit: 'ms' },
    { name: `throughput, direct (${IN_FLIGHT} in flight)`, value: direct.throughputPerSec, unit: 'calls/s' },
    { name: `throughput, via proxy (${IN_FLIGHT} in flight)`, value: proxied.throughputPerSec, unit: 'calls/s' },
    { name: 'throughput ratio (proxy / direct)', value: ratios.throughputPerSec, unit: '×', target: { min: 0.7 } },
    ...LARGE_ECHOES.flatMap(({ label }, index) => {
      const key = index === 0 ? 'echo1MiBMedianMs' : 'echo5MiBMedianMs';
      return [
        { name: `echo ${label} median, direct`, value: direct[key], unit: 'ms' },
        { name: `echo ${label} median, via proxy`, value: proxied[key], unit: 'ms' },
        { name: `echo ${label} ratio (proxy / direct)`, value: ratios[key], unit: '×', target: { max: 1.3 } },
      ];
    }),
    // Each fresh MiB a process touches is 256 page faults: what copies of a large payload cost here.
    // Faults of every process on the path: client and server, or page (this process), proxy and server.
    { name: 'page fault cost on this machine', value: faultCostUs, unit: 'µs' },
    { name: 'page faults per 1 MiB echo, direct', value: direct.echo1MiBFaults, unit: '' },
    { name: 'page faults per 1 MiB echo, via proxy', value: proxied.echo1MiBFaults, unit: '' },
    { name: 'cost of the extra faults per 1 MiB echo', value: ((proxied.echo1MiBFaults - direct.echo1MiBFaults) * faultCostUs) / 1000, unit: 'ms' },
    { name: 'client CPU per echo, direct (sequential)', value: direct.echoCpuUs, unit: 'µs' },
    { name: 'proxy CPU per echo (sequential)', value: proxied.echoCpuUs, unit: 'µs' },
    { name: `client CPU per echo, direct (${IN_FLIGHT} in flight)`, value: direct.throughputCpuUs, unit: 'µs' },
    { name: `proxy CPU per echo (${IN_FLIGHT} in flight)`, value: proxied.throughputCpuUs, unit: 'µs' },
    { name: `client CPU per 5 MiB echo, direct`, value: direct.echo5MiBCpuUs / 1000, unit: 'ms' },
    { name: `proxy CPU per 5 MiB echo`, value: proxied.echo5MiBCpuUs / 1000, unit: 'ms' },
    { name: 'proxy RSS after the workload (every round above)', value: proxyRssAfterMiB, unit: 'MiB', target: { max: 120 } },
    { name: 'node startup floor (node -e 0)', value: nodeStartup, unit: 'ms' },
    { name: 'launch to ready (URL printed)', value: median(launches.map((l) => l.readyMs)), unit: 'ms', target: { max: 150 } },
    { name: 'launch to server connected', value: median(launches.map((l) => l.connectedMs)), unit: 'ms' },
  ];
}
