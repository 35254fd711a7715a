// argv of `mcp-inspect tap` → what to tap and which inspector UI to report to, read through the
// tap's option table (shared/options/commandTables.ts).
import path from 'node:path';
import type { RemoteTarget, StdioTarget } from '../../shared/connectionTypes';
import { TAP_COMMAND } from '../../shared/options/commandTables';
import { parseLoopbackAddress, type LoopbackAddress } from '../../shared/options/loopbackAddress';
import { parseCommandLine } from '../../shared/options/optionTable';
import { DEFAULT_PORT } from '../../shared/options/serverOptions';
import { defaultSessionsDir } from '../sessions/recordingConfig';

export type TapTarget = { kind: 'stdio'; target: StdioTarget } | { kind: 'http'; target: RemoteTarget; listen: LoopbackAddress };

export interface TapArgs {
  tapped: TapTarget;
  /** The inspector UI's port: joined if an inspector runs there, else started there. */
  port: number;
  token: string | undefined;
  open: boolean;
  record: boolean;
  recordFile: string | undefined;
  sessionsDir: string;
  sessionsDirGiven: boolean;
  /** --fault rules, as given (checked by the option table). */
  faults: string[];
}

export type ParsedTapArgs = { kind: 'help' } | { kind: 'run'; options: TapArgs } | { kind: 'error'; message: string };

const USAGE = 'mcp-inspect tap [options] -- <server command> [args…], or mcp-inspect tap --url <url> --listen 127.0.0.1:PORT';

export function parseTapArgs(argv: readonly string[]): ParsedTapArgs {
  const parsed = parseCommandLine(TAP_COMMAND, argv);
  if ('error' in parsed) return { kind: 'error', message: parsed.error };
  const { values, rest } = parsed;
  if (values.help) return { kind: 'help' };
  const url = values.url as string | undefined;
  const listen = values.listen as string | undefined;
  let tapped: TapTarget;
  if (url !== undefined) {
    if (rest.length > 0) return { kind: 'error', message: `tap taps a command or a URL, not both (unexpected: ${rest.join(' ')})` };
    if (listen === undefined) return { kind: 'error', message: `--url needs --listen 127.0.0.1:PORT: the address the host connects to instead (${USAGE})` };
    tapped = { kind: 'http', target: { transport: 'auto', url, headers: {} }, listen: parseLoopbackAddress(listen) as LoopbackAddress };
  } else {
    if (listen !== undefined) return { kind: 'error', message: '--listen is for --url: a command is tapped on the stdin and stdout the host gave the tap' };
    const [command, ...args] = rest;
    if (command === undefined) return { kind: 'error', message: `tap needs the server's command: ${USAGE}` };
    // The server gets the tap's whole environment, as the host set it; none of it is shown as the target's.
    tapped = { kind: 'stdio', target: { transport: 'stdio', command, args, env: {}, cwd: process.cwd() } };
  }
  const record = values['no-record'] !== true;
  const recordFile = values.record as string | undefined;
  const sessionsDir = values['sessions-dir'] as string | undefined;
  if (!record && (recordFile !== undefined || sessionsDir !== undefined)) return { kind: 'error', message: '--no-record cannot be combined with --record or --sessions-dir' };
  if (recordFile !== undefined && sessionsDir !== undefined) return { kind: 'error', message: 'Give either --record FILE or --sessions-dir DIR, not both' };
  const port = values.port as string | undefined;
  return {
    kind: 'run',
    options: {
      tapped,
      port: port === undefined ? DEFAULT_PORT : Number(port),
      token: values.token as string | undefined,
      open: values['no-open'] !== true,
      record,
      recordFile,
      sessionsDir: sessionsDir === undefined ? defaultSessionsDir() : path.resolve(sessionsDir),
      sessionsDirGiven: sessionsDir !== undefined,
      faults: (values.fault as string[] | undefined) ?? [],
    },
  };
}
