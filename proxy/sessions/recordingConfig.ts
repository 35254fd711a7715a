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

/**
 * Where a replay started from the UI records, asked at each replay: a new dated file in the sessions
 * folder the proxy records into (and the Sessions page lists), or nowhere when it records nothing.
 */
export type ReplayRecording = () => RecordingConfig;

export const NO_REPLAY_RECORDING: ReplayRecording = () => ({ kind: 'off' });

/** Replays recorded into `sessionsDir`, or not at all when undefined (--no-record). */
export function replayRecordingIn(sessionsDir: string | undefined): ReplayRecording {
  if (sessionsDir === undefined) return NO_REPLAY_RECORDING;
  return () => ({ kind: 'file', file: path.join(sessionsDir, sessionFileName(new Date(), process.pid)) });
}

/** A file name that sorts by date and cannot collide between two proxies started the same second. */
export function sessionFileName(date: Date, pid: number): string {
  return `session-${date.toISOString().replace(/[:.]/g, '-')}-${pid}.jsonl`;
}
