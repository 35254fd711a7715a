// Stdio servers run in process groups of their own, so that ending one ends everything it started:
// `npx` and `uvx` start the real server as a child and do not pass signals on, so signalling only the
// direct child left the server running. One small watchdog process per proxy holds the list of live
// groups and ends them (SIGTERM, then SIGKILL) when the proxy is gone, even after `kill -9` of the
// proxy, which no handler inside the proxy can catch. POSIX only: on Windows servers are spawned as
// before and only the direct child is ended.
import { spawn, type ChildProcess } from 'node:child_process';

/** Whether servers get their own process group (`detached`), which also keeps terminal Ctrl+C from them. */
export const USE_PROCESS_GROUPS = process.platform !== 'win32';

/** How long the watchdog gives a group between SIGTERM and SIGKILL. */
const WATCHDOG_GRACE_MS = 2000;

/**
 * The watchdog, run with `node -e`. It reads `+PGID` / `-PGID` lines on stdin. Its stdin is a pipe only
 * the proxy holds, so its end (or a new parent pid: the proxy died and the watchdog was re-parented)
 * means the proxy is gone: every listed group then gets SIGTERM, and SIGKILL after a grace period.
 */
const WATCHDOG_SOURCE = `
const parent = Number(process.argv[1]);
const groups = new Set();
let pending = '';
let ending = false;
const signalAll = (signal) => { for (const group of groups) { try { process.kill(-group, signal); } catch {} } };
const end = () => {
  if (ending) return;
  ending = true;
  signalAll('SIGTERM');
  setTimeout(() => { signalAll('SIGKILL'); process.exit(0); }, ${WATCHDOG_GRACE_MS});
};
process.stdin.on('data', (chunk) => {
  pending += chunk;
  let newline;
  while ((newline = pending.indexOf('\\n')) !== -1) {
    const line = pending.slice(0, newline);
    pending = pending.slice(newline + 1);
    const group = Number(line.slice(1));
    if (line[0] === '+') groups.add(group); else groups.delete(group);
  }
});
process.stdin.on('end', end);
process.stdin.on('error', end);
setInterval(() => { if (process.ppid !== parent) end(); }, 1000);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});
`;

let watchdog: ChildProcess | undefined;

function startWatchdog(): ChildProcess | undefined {
  try {
    const child = spawn(process.execPath, ['-e', WATCHDOG_SOURCE, String(process.pid)], {
      stdio: ['pipe', 'ignore', 'ignore'],
      // Its own group: a Ctrl+C in the terminal or a signal to the proxy's group does not end it first.
      detached: true,
      // Not NODE_OPTIONS of the proxy (e.g. a loader): the watchdog needs plain node.
      env: { PATH: process.env.PATH ?? '' },
    });
    child.on('error', () => {
      if (watchdog === child) watchdog = undefined;
    });
    child.stdin?.on('error', () => {});
    // The proxy exits when it is done, whatever the watchdog does.
    child.unref();
    (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    return child;
  } catch {
    return undefined;
  }
}

/** Tells the watchdog (started on first use) to end this group if the proxy dies. */
export function watchGroup(pgid: number): void {
  if (!USE_PROCESS_GROUPS) return;
  watchdog ??= startWatchdog();
  watchdog?.stdin?.write(`+${pgid}\n`);
}

/** The group ended (or was ended): the watchdog forgets it, so a reused id is never signalled. */
export function unwatchGroup(pgid: number): void {
  if (!USE_PROCESS_GROUPS) return;
  watchdog?.stdin?.write(`-${pgid}\n`);
}

/** Sends a signal to the whole group led by `pid` (or just to `child` without groups); false if nothing was there. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): boolean {
  const pid = child.pid;
  if (pid === undefined) return false;
  if (!USE_PROCESS_GROUPS) return child.kill(signal);
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Whether any process of the group led by `pid` is still there. */
export function groupAlive(pid: number): boolean {
  if (!USE_PROCESS_GROUPS) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
