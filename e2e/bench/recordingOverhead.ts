// What recording a session costs the proxy: two proxies on the same server command, one recording
// (the default) and one with --no-record, measured in alternating rounds so that a noisy machine slows
// both alike. Run alone: `npx tsx e2e/bench/recordingOverhead.ts` (after npm run build).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InspectorSocketClient } from '../fixtures/inspectorSocketClient';
import { everythingEntry } from '../fixtures/paths';
import { startProxy } from '../fixtures/proxyProcess';
import { median } from './stats';

const ROUNDS = 7;
const SEQUENTIAL_CALLS = 200;
const IN_FLIGHT = 50;
const BURSTS = 10;

async function openProxy(recordArgs: string[]) {
  const proxy = await startProxy([...recordArgs, '--', process.execPath, everythingEntry, 'stdio']);
  const socket = await InspectorSocketClient.open(proxy.origin, proxy.token);
  const [connection] = [...socket.connections.values()];
  await socket.waitForState(connection!.id, ['connected']);
  const echo = async (index: number) => {
    const outcome = await socket.request({ connectionId: connection!.id, method: 'tools/call', params: { name: 'echo', arguments: { message: `m${index}` } } });
    if (!outcome.ok) throw new Error(outcome.error.message);
  };
  return {
    /** Median latency of sequential echo calls, and throughput with 50 in flight. */
    async measure(): Promise<{ echoMs: number; perSec: number }> {
      const latencies: number[] = [];
      for (let index = 0; index < SEQUENTIAL_CALLS; index++) {
        const start = performance.now();
        await echo(index);
        latencies.push(performance.now() - start);
      }
      const start = performance.now();
      for (let burst = 0; burst < BURSTS; burst++) await Promise.all(Array.from({ length: IN_FLIGHT }, (_, index) => echo(index)));
      return { echoMs: median(latencies), perSec: (BURSTS * IN_FLIGHT) / ((performance.now() - start) / 1000) };
    },
    async close() {
      socket.close();
      await proxy.stop();
    },
  };
}

export async function benchRecordingOverhead(): Promise<{ echoRatio: number; throughputRatio: number; bytesWritten: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-bench-'));
  const file = path.join(dir, 'bench.session.jsonl');
  const recording = await openProxy(['--record', file]);
  const plain = await openProxy(['--no-record']);
  try {
    const echoRatios: number[] = [];
    const throughputRatios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const withFile = await recording.measure();
      const without = await plain.measure();
      echoRatios.push(withFile.echoMs / without.echoMs);
      throughputRatios.push(withFile.perSec / without.perSec);
    }
    return { echoRatio: median(echoRatios), throughputRatio: median(throughputRatios), bytesWritten: statSync(file).size };
  } finally {
    await recording.close();
    await plain.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchRecordingOverhead();
  console.log(`recording / --no-record, median of ${ROUNDS} alternating rounds:`);
  console.log(`  sequential echo latency: ${result.echoRatio.toFixed(3)}× (1.00 = no cost)`);
  console.log(`  throughput, ${IN_FLIGHT} in flight: ${result.throughputRatio.toFixed(3)}× (1.00 = no cost)`);
  console.log(`  session file written: ${(result.bytesWritten / 1e6).toFixed(1)} MB`);
}
