// Page faults: what a large payload costs on a machine where touching fresh memory is slow. Every
// buffer or string of a MiB or more is fresh memory (V8 maps each large object apart; malloc maps big
// blocks), so each copy of a payload costs one fault per 4 KiB page. On this bench's VM a fault costs
// 10–15 µs, so each copy of 1 MiB costs 2.5–4 ms: the large-echo figures count copies as much as CPU work.
// Linux only (/proc); NaN elsewhere.
import { readFileSync } from 'node:fs';
import { procStatFields } from './processMemory';
import { median } from './stats';

/** Minor page faults of the given processes so far (NaN off Linux or when one is gone). */
export function minorFaults(pids: readonly number[]): number {
  let sum = 0;
  for (const pid of pids) {
    try {
      sum += Number(procStatFields(pid)[7]);
    } catch {
      return Number.NaN;
    }
  }
  return sum;
}

/** The processes a process started (Linux; none elsewhere): a proxy's server. */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const PROBE_BYTES = 64 * 1024 * 1024;

/**
 * What one page fault costs on this machine, in µs: the time to touch every page of a fresh 64 MiB
 * block, per fault (64 MiB is above the size malloc ever serves from its heap, so it is always fresh).
 */
export function pageFaultCostUs(): number {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = process.resourceUsage().minorPageFault;
    const start = performance.now();
    Buffer.allocUnsafeSlow(PROBE_BYTES).fill(1);
    const elapsedUs = (performance.now() - start) * 1000;
    const faults = process.resourceUsage().minorPageFault - before;
    if (faults > 0) samples.push(elapsedUs / faults);
  }
  return samples.length > 0 ? median(samples) : Number.NaN;
}
