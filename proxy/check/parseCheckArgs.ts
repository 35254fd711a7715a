// argv of `mcp-inspect check` → what to check and how, or a usage error. The server flags (-e, --cwd,
// --url, --transport, --header) are the main CLI's, parsed by its own parseArgs; only the flags of
// `check` itself are taken out first. Pure: no file system, no env.
import { parseArgs, type CliOptions } from '../cli/parseArgs';

export const DEFAULT_CHECK_TIMEOUT_MS = 10_000;

export interface CheckOptions {
  target: NonNullable<CliOptions['target']>;
  /** The main CLI's server options (transport, env, headers, cwd), as parseArgs read them. */
  server: CliOptions;
  json: boolean;
  callTools: boolean;
  /** Per request; a request that times out is cancelled. */
  timeoutMs: number;
}

export type ParsedCheckArgs = { kind: 'help' } | { kind: 'run'; options: CheckOptions } | { kind: 'error'; message: string };

/** Options of the main CLI that take a value: their value is skipped, never mistaken for a command. */
const SERVER_VALUE_OPTIONS = new Set(['--url', '--transport', '-e', '--env', '--header', '--cwd', '--era', '--port', '--token']);
/** Options of the main CLI that make no sense without an inspector UI. */
const UI_ONLY_OPTIONS = new Set(['--port', '--token', '--no-open']);
/** Options of the main CLI about recording: check records no session. */
const RECORDING_OPTIONS = new Set(['--record', '--sessions-dir', '--no-record']);

interface CheckFlags {
  json: boolean;
  callTools: boolean;
  timeoutMs: number;
}

/** Takes the flags of `check` out of argv (before the server command); returns the rest for parseArgs. */
function extractCheckFlags(argv: readonly string[]): { flags: CheckFlags; rest: string[] } | { error: string } {
  const flags: CheckFlags = { json: false, callTools: false, timeoutMs: DEFAULT_CHECK_TIMEOUT_MS };
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--' || !arg.startsWith('-') || arg === '-') {
      rest.push(...argv.slice(index));
      break;
    }
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (UI_ONLY_OPTIONS.has(name)) return { error: `${name} does not apply to check (it starts no inspector UI)` };
    if (RECORDING_OPTIONS.has(name)) return { error: `${name} does not apply to check (it records no session)` };
    if (name === '--json' || name === '--call-tools') {
      if (inline !== undefined) return { error: `${name} takes no value` };
      if (name === '--json') flags.json = true;
      else flags.callTools = true;
      continue;
    }
    if (name === '--timeout') {
      const value = inline ?? argv[++index];
      const ms = value !== undefined && /^\d{1,7}$/.test(value) ? Number(value) : NaN;
      if (!(ms >= 1)) return { error: `--timeout needs a number of milliseconds (got ${value === undefined ? 'nothing' : `"${value}"`})` };
      flags.timeoutMs = ms;
      continue;
    }
    rest.push(arg);
    if (SERVER_VALUE_OPTIONS.has(name) && inline === undefined && index + 1 < argv.length) rest.push(argv[++index]!);
  }
  return { flags, rest };
}

export function parseCheckArgs(argv: readonly string[]): ParsedCheckArgs {
  const extracted = extractCheckFlags(argv);
  if ('error' in extracted) return { kind: 'error', message: extracted.error };
  const parsed = parseArgs(extracted.rest);
  if (parsed.kind === 'help') return { kind: 'help' };
  if (parsed.kind === 'version') return { kind: 'error', message: '--version does not apply to check' };
  if (parsed.kind === 'error') return parsed;
  if (parsed.kind !== 'run') return { kind: 'error', message: 'check takes a server command or --url' };
  const { target } = parsed.options;
  if (!target) return { kind: 'error', message: 'check needs a server: a command to run, or --url' };
  return { kind: 'run', options: { target, server: parsed.options, ...extracted.flags } };
}
