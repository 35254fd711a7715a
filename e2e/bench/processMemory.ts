// A measured process's resident memory, the one way every bench case reads it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Resident set size in MiB: from /proc on Linux (cheap enough to sample every 250 ms), else from `ps`; NaN if gone. */
export function residentMiB(pid: number): number {
  try {
    if (process.platform === 'linux') {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return match ? Number(match[1]) / 1024 : Number.NaN;
    }
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
  } catch {
    return Number.NaN;
  }
}
