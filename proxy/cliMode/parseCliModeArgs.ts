// argv of `mcp-inspect --cli` (after `--cli`) → the server to reach and the one MCP request to send, or
// a usage error. Flags follow the official MCP Inspector's CLI, so commands written for it (and the
// ones the Log's "Copy as mcp-inspect --cli command" builds, shared/cliCommand.ts) work here. The
// request flags (--method, --tool-name, …) are recognised before and after the server command, up to
// `--`; every other argument after the command is the server's own. The server flags (-e, --cwd, --url,
// --transport, --header) are the main CLI's, parsed by its own parseArgs. Pure: no file system, no env.
import { parseArgs, type CliOptions } from '../cli/parseArgs';

/** The methods the CLI mode sends; the list methods fetch every page. */
export const CLI_METHODS = [
  'tools/list',
  'tools/call',
  'resources/list',
  'resources/read',
  'resources/templates/list',
  'prompts/list',
  'prompts/get',
  'logging/setLevel',
  'ping',
] as const;
export type CliMethod = (typeof CLI_METHODS)[number];

/** The levels of `logging/setLevel` (RFC 5424 severities, as the spec names them). */
export const LOG_LEVELS = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'] as const;

/** The one request a CLI run sends. */
export interface CliRequest {
  method: CliMethod;
  params?: Record<string, unknown>;
}

export interface CliModeOptions {
  target: NonNullable<CliOptions['target']>;
  /** The main CLI's server options (transport, env, headers, cwd), as parseArgs read them. */
  server: CliOptions;
  request: CliRequest;
}

export type ParsedCliModeArgs = { kind: 'help' } | { kind: 'run'; options: CliModeOptions } | { kind: 'error'; message: string };

/** Options of the main CLI that take a value: their value is skipped, never mistaken for a command. */
const SERVER_VALUE_OPTIONS = new Set([
  '--url',
  '--transport',
  '-e',
  '--env',
  '--header',
  '--cwd',
  '--client-id',
  '--client-secret',
  '--client-metadata-url',
  '--oauth-scope',
  '--oauth-token-file',
  '--era',
]);
/** Options of the main CLI that make no sense without an inspector UI, or record a session. */
const UI_ONLY_OPTIONS = new Set(['--port', '--token', '--no-open', '--record', '--sessions-dir', '--no-record']);
const UI_VALUE_OPTIONS = new Set(['--port', '--token', '--record', '--sessions-dir']);

/** The request flags as given, before they are checked against the method. */
interface RequestFlags {
  method?: string;
  toolName?: string;
  toolArgs: [string, unknown][];
  toolArgsJson?: Record<string, unknown>;
  uri?: string;
  promptName?: string;
  promptArgs: [string, string][];
  logLevel?: string;
}

/** Which flags belong to which method, for "--uri only applies to …" errors. */
const FLAG_METHOD: Record<string, CliMethod> = {
  '--tool-name': 'tools/call',
  '--tool-arg': 'tools/call',
  '--tool-args-json': 'tools/call',
  '--uri': 'resources/read',
  '--prompt-name': 'prompts/get',
  '--prompt-args': 'prompts/get',
  '--log-level': 'logging/setLevel',
};
const REQUEST_FLAGS = new Set(['--method', ...Object.keys(FLAG_METHOD)]);

class UsageError extends Error {}

/**
 * argv without `--cli` when `--cli` is among the options before the server command (so
 * `mcp-inspect -e K=V --cli node s.js` works too), else undefined: then it is not CLI mode, and a
 * `--cli` after the command is the server's own argument.
 */
export function cliModeArgv(argv: readonly string[]): string[] | undefined {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--cli') return [...argv.slice(0, index), ...argv.slice(index + 1)];
    if (arg === '--' || !arg.startsWith('-') || arg === '-') return undefined;
    if (SERVER_VALUE_OPTIONS.has(arg) || UI_VALUE_OPTIONS.has(arg) || REQUEST_FLAGS.has(arg)) index++;
  }
  return undefined;
}


export function parseCliModeArgs(argv: readonly string[]): ParsedCliModeArgs {
  try {
    return parse(argv);
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'error', message: error.message };
    throw error;
  }
}

function parse(argv: readonly string[]): ParsedCliModeArgs {
  const { flags, given, rest } = extractRequestFlags(argv);
  const parsed = parseArgs(rest);
  if (parsed.kind === 'help') return { kind: 'help' };
  if (parsed.kind === 'version') throw new UsageError('--version does not apply to --cli');
  if (parsed.kind === 'error') throw new UsageError(parsed.message);
  const server = serverWithUrlTarget(rest, parsed.options);
  if (!server.target) throw new UsageError('--cli needs a server: a command to run, or --url');
  return { kind: 'run', options: { target: server.target, server, request: buildRequest(flags, given) } };
}

/**
 * A URL in the command's place is the server's address, as in the official Inspector
 * (`--cli https://host/mcp --transport http`): the arguments after it are read as options.
 */
function serverWithUrlTarget(rest: string[], options: CliOptions): CliOptions {
  const { target } = options;
  if (target?.kind !== 'command' || !/^https?:\/\//i.test(target.command)) return options;
  const leading = rest.slice(0, rest.length - target.args.length - 1);
  const reparsed = parseArgs([...leading, '--url', target.command, ...target.args]);
  if (reparsed.kind === 'error') throw new UsageError(reparsed.message);
  if (reparsed.kind !== 'run') throw new UsageError(`Unexpected option after the URL ${target.command}`);
  return reparsed.options;
}

/** Takes the request flags out of argv (up to `--`); returns the rest for parseArgs. */
function extractRequestFlags(argv: readonly string[]): { flags: RequestFlags; given: Set<string>; rest: string[] } {
  const flags: RequestFlags = { toolArgs: [], promptArgs: [] };
  const given = new Set<string>();
  const rest: string[] = [];
  let inCommand = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') {
      rest.push(...argv.slice(index));
      break;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    if (REQUEST_FLAGS.has(name)) {
      const value = (): string => {
        if (inline !== undefined) return inline;
        const next = argv[++index];
        if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
        return next;
      };
      if (name === '--prompt-args') {
        // Variadic, as in the official Inspector: --prompt-args a=1 b=2 (and repeatable). It takes the
        // key=value words that follow, so a server command may come right after them.
        const values = inline === undefined ? [] : [inline];
        const isPair = (word: string | undefined) => word !== undefined && !word.startsWith('-') && word.includes('=');
        while (isPair(argv[index + 1])) values.push(argv[++index]!);
        if (values.length === 0) throw new UsageError('--prompt-args needs key=value pairs');
        for (const pair of values) flags.promptArgs.push(splitPair(name, pair));
      } else {
        applyRequestFlag(flags, name, value());
      }
      given.add(name);
      continue;
    }
    if (!inCommand) {
      if (!arg.startsWith('-') || arg === '-') inCommand = true;
      else if (UI_ONLY_OPTIONS.has(name)) throw new UsageError(`${name} does not apply to --cli (it starts no inspector UI and records no session)`);
      else if (SERVER_VALUE_OPTIONS.has(name) && inline === undefined && index + 1 < argv.length) {
        rest.push(arg, argv[++index]!);
        continue;
      }
    }
    rest.push(arg);
  }
  return { flags, given, rest };
}

function applyRequestFlag(flags: RequestFlags, name: string, value: string): void {
  const once = (current: unknown): string => {
    if (current !== undefined) throw new UsageError(`${name} was given more than once`);
    return value;
  };
  switch (name) {
    case '--method':
      flags.method = once(flags.method);
      return;
    case '--tool-name':
      flags.toolName = once(flags.toolName);
      return;
    case '--tool-arg': {
      const [key, text] = splitPair(name, value);
      flags.toolArgs.push([key, parseArgValue(text)]);
      return;
    }
    case '--tool-args-json':
      flags.toolArgsJson = parseArgsJson(once(flags.toolArgsJson));
      return;
    case '--uri':
      flags.uri = once(flags.uri);
      return;
    case '--prompt-name':
      flags.promptName = once(flags.promptName);
      return;
    case '--log-level':
      flags.logLevel = once(flags.logLevel);
      return;
  }
}

/** `key=value`, split at the first `=`; the key must not be empty. */
function splitPair(flag: string, pair: string): [string, string] {
  const equals = pair.indexOf('=');
  if (equals <= 0) throw new UsageError(`${flag} needs key=value (got "${pair}")`);
  return [pair.slice(0, equals), pair.slice(equals + 1)];
}

/** A tool argument's value is its JSON when it parses as JSON (42, true, {"a":1}), else the text itself. */
export function parseArgValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function parseArgsJson(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--tool-args-json is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError('--tool-args-json must be a JSON object, e.g. \'{"message":"hi"}\'');
  return value as Record<string, unknown>;
}

function isCliMethod(method: string): method is CliMethod {
  return (CLI_METHODS as readonly string[]).includes(method);
}

/** Checks the flags against the method and makes the request's params. */
function buildRequest(flags: RequestFlags, given: Set<string>): CliRequest {
  const { method } = flags;
  if (method === undefined) throw new UsageError(`--cli needs --method (one of ${CLI_METHODS.join(', ')})`);
  if (!isCliMethod(method)) throw new UsageError(`--method must be one of ${CLI_METHODS.join(', ')} (got "${method}")`);
  for (const flag of given) {
    const owner = FLAG_METHOD[flag];
    if (owner !== undefined && owner !== method) throw new UsageError(`${flag} only applies to --method ${owner}`);
  }
  const required = (value: string | undefined, flag: string): string => {
    if (value === undefined) throw new UsageError(`--method ${method} needs ${flag}`);
    return value;
  };
  switch (method) {
    case 'tools/call':
      // --tool-arg comes after the JSON, so it can override one of its keys.
      return { method, params: { name: required(flags.toolName, '--tool-name'), arguments: { ...flags.toolArgsJson, ...Object.fromEntries(flags.toolArgs) } } };
    case 'resources/read':
      return { method, params: { uri: required(flags.uri, '--uri') } };
    case 'prompts/get': {
      const name = required(flags.promptName, '--prompt-name');
      return { method, params: flags.promptArgs.length === 0 ? { name } : { name, arguments: Object.fromEntries(flags.promptArgs) } };
    }
    case 'logging/setLevel': {
      const level = required(flags.logLevel, '--log-level');
      if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')} (got "${level}")`);
      return { method, params: { level } };
    }
    default:
      return { method };
  }
}
