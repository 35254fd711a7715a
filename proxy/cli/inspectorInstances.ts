// Which inspector UI listens on which port, and with which token: one small file per running
// inspector in ~/.mcp-inspect/instances (the folder 0700, each file 0600, like an OAuth token file),
// so that `mcp-inspect tap`, started by a host without a token, can join the UI already open on its
// port. Only this user can read it; a process that ended without removing its file is recognised by
// its pid and ignored.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface InspectorInstance {
  port: number;
  token: string;
  pid: number;
}

export function instancesDir(home = os.homedir()): string {
  return path.join(home, '.mcp-inspect', 'instances');
}

const fileOf = (port: number, home?: string) => path.join(instancesDir(home), `${port}.json`);

/** Announces this process's inspector on `port`; returns how to take the announcement back. */
export function announceInstance(instance: InspectorInstance, home?: string): () => void {
  const file = fileOf(instance.port, home);
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, `${JSON.stringify(instance)}\n`, { mode: 0o600 });
  } catch {
    // Without the file a tap needs --token to join; the inspector itself works the same.
    return () => {};
  }
  return () => {
    if (readInstance(instance.port, home)?.pid === instance.pid) rmSync(file, { force: true });
  };
}

/** The inspector announced on `port`, if its process still runs. */
export function readInstance(port: number, home?: string): InspectorInstance | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(fileOf(port, home), 'utf8'));
  } catch {
    return undefined;
  }
  const instance = parsed as Partial<InspectorInstance>;
  if (typeof instance.token !== 'string' || typeof instance.pid !== 'number' || instance.port !== port) return undefined;
  return processRuns(instance.pid) ? (instance as InspectorInstance) : undefined;
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
