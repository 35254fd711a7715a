// argv of `mcp-inspect replay` → what to replay against what. Takes its own flags and the session file
// out of argv and hands the rest (server options and command) to the main CLI's parseArgs, as check does,
// so the server flags cannot drift between commands. The target is optional: the recorded one by default.
import { parseArgs, type CliOptions } from '../cli/parseArgs';
import { compilePathGlob, PathGlobError } from '../../shared/replay/jsonPath';

export const DEFAULT_REPLAY_TIMEOUT_MS = 10_000;

export interface ReplayArgs {
  file: string;
  /** The main CLI's server and recording options; `server.target` undefined = the recorded target. */
  server: CliOptions;
  json: boolean;
  ignore: string[];
  timeoutMs: number;
  connectionId: string | undefined;
  /** Run the recorded server without asking (a session file is untrusted input: otherwise it asks or refuses). */
  yes: boolean;
}

export type ParsedReplayArgs = { kind: 'help' } | { kind: 'run'; options: ReplayArgs } | { kind: 'error'; message: string };

/** Options of the main CLI that take a value: their value is passed on with them. */
const SERVER_VALUE_OPTIONS = new Set(['--url', '--transport', '-e', '--env', '--header', '--cwd', '--record', '--sessions-dir']);
const UI_ONLY_OPTIONS = new Set(['--port', '--token', '--no-open']);

interface Flags {
  json: boolean;
  yes: boolean;
  ignore: string[];
  timeoutMs: number;
  connectionId: string | undefined;
}

/** Applies one replay flag; returns an error sentence, `false` if `name` is not a replay flag. */
function applyFlag(flags: Flags, name: string, value: () => string | undefined, inline: string | undefined): string | false | undefined {
  switch (name) {
    case '--json':
      if (inline !== undefined) return '--json takes no value';
      flags.json = true;
      return;
    case '--yes':
      if (inline !== undefined) return '--yes takes no value';
      flags.yes = true;
      return;
    case '--ignore': {
      const glob = value();
      if (glob === undefined) return '--ignore needs a JSON path glob, e.g. --ignore "result.content[*].text"';
      try {
        compilePathGlob(glob);
      } catch (error) {
        return `--ignore: ${error instanceof PathGlobError ? error.message : String(error)}`;
      }
      flags.ignore.push(glob);
      return;
    }
    case '--timeout': {
      const given = value();
      const ms = Number(given);
      if (!(ms >= 1)) return `--timeout needs a number of milliseconds (got ${given === undefined ? 'nothing' : `"${given}"`})`;
      flags.timeoutMs = ms;
      return;
    }
    case '--connection': {
      const id = value();
      if (!id) return '--connection needs the id of a recorded connection (e.g. c1)';
      flags.connectionId = id;
      return;
    }
    default:
      return false;
  }
}

/** Splits argv into the replay flags, the file, and what parseArgs reads. */
function extract(argv: readonly string[]): { flags: Flags; file: string | undefined; rest: string[] } | { error: string } {
  const flags: Flags = { json: false, yes: false, ignore: [], timeoutMs: DEFAULT_REPLAY_TIMEOUT_MS, connectionId: undefined };
  const rest: string[] = [];
  let file: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--' || !arg.startsWith('-') || arg === '-') {
      // The first word is the session file; the next one starts the server's command line.
      if (file === undefined && arg !== '--') {
        file = arg;
        continue;
      }
      rest.push(...argv.slice(index));
      break;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    if (UI_ONLY_OPTIONS.has(name)) return { error: `${name} does not apply to replay (it starts no inspector UI)` };
    const applied = applyFlag(flags, name, () => inline ?? argv[++index], inline);
    if (typeof applied === 'string') return { error: applied };
    if (applied === undefined) continue;
    rest.push(arg);
    if (SERVER_VALUE_OPTIONS.has(name) && inline === undefined && index + 1 < argv.length) rest.push(argv[++index]!);
  }
  return { flags, file, rest };
}

export function parseReplayArgs(argv: readonly string[]): ParsedReplayArgs {
  const extracted = extract(argv);
  if ('error' in extracted) return { kind: 'error', message: extracted.error };
  const parsed = parseArgs(extracted.rest);
  if (parsed.kind === 'help') return { kind: 'help' };
  if (parsed.kind === 'version') return { kind: 'error', message: '--version does not apply to replay' };
  if (parsed.kind === 'error') return parsed;
  if (parsed.kind !== 'run') return { kind: 'error', message: 'replay takes a session file, then optionally a server command or --url' };
  if (extracted.file === undefined) return { kind: 'error', message: 'replay needs a session file: mcp-inspect replay FILE [--] [command…]' };
  return { kind: 'run', options: { file: extracted.file, server: parsed.options, ...extracted.flags } };
}
