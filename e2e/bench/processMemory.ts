// A measured process's resident memory, the one way every bench case reads it, and its /proc/PID/stat.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The fields of /proc/PID/stat after the command name (Linux; throws elsewhere or when the process is
 * gone): state, ppid, …, minflt at 7, utime and stime (in ticks of 1/100 s) at 11 and 12.
 */
export function procStatFields(pid: number): string[] {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
}

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
