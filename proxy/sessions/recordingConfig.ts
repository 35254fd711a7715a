// Where a session is recorded. Kept free of zod and the session schemas: the CLI resolves it on the
// start-up path, before the inspector core is loaded.
import os from 'node:os';
import path from 'node:path';

/** `file`: record to exactly this file (created or truncated); `off`: no recording (--no-record). */
export type RecordingConfig = { kind: 'file'; file: string } | { kind: 'off' };

/** The default sessions folder: one file per inspector run. */
export function defaultSessionsDir(home = os.homedir()): string {
  return path.join(home, '.mcp-inspect', 'sessions');
}

/** A file name that sorts by date and cannot collide between two proxies started the same second. */
export function sessionFileName(date: Date, pid: number): string {
  return `session-${date.toISOString().replace(/[:.]/g, '-')}-${pid}.jsonl`;
}
