// argv of `mcp-inspect --cli` (after `--cli`) → the server to reach and the one MCP request to send, or
// a usage error, read through the --cli option table (shared/options/commandTables.ts): the official
// MCP Inspector CLI's flags plus the shared server options. As in the official CLI, every option is
// recognised before and after the server command, up to `--`; an unknown option after the command is
// the server's own. Pure: no file system, no env.
import { CLI_COMMAND, CLI_METHODS, LOG_LEVELS, MAIN_COMMAND, type CliMethod } from '../../shared/options/commandTables';
import { findFlag, parseCommandLine, type OptionValues } from '../../shared/options/optionTable';
import { serverOptionsFrom, UsageError, type CliOptions } from '../cli/parseArgs';

export { CLI_METHODS, LOG_LEVELS, type CliMethod };

/** The one request a CLI run sends. */
export interface CliRequest {
  method: CliMethod;
  params?: Record<string, unknown>;
}

export interface CliModeOptions {
  target: NonNullable<CliOptions['target']>;
  /** The server options (transport, env, headers, cwd), as the main command reads them. */
  server: CliOptions;
  request: CliRequest;
  /** --format: text (pretty JSON of the result) or json (one line, `{"result": …}`). */
  format: 'text' | 'json';
  /** --connect-timeout in ms (0: no limit); undefined: the default budget. */
  connectTimeoutMs: number | undefined;
}

export type ParsedCliModeArgs = { kind: 'help' } | { kind: 'run'; options: CliModeOptions } | { kind: 'error'; message: string };

/** Which flags belong to which method, for "--uri only applies to …" errors. */
const FLAG_METHOD: Record<string, CliMethod> = {
  'tool-name': 'tools/call',
  'tool-arg': 'tools/call',
  'tool-args-json': 'tools/call',
  'tool-metadata': 'tools/call',
  uri: 'resources/read',
  'prompt-name': 'prompts/get',
  'prompt-args': 'prompts/get',
  'log-level': 'logging/setLevel',
};

/** Every option any command knows, so that finding `--cli` skips the values of the others. */
const ALL_OPTIONS = { command: 'mcp-inspect', options: [...CLI_COMMAND.options, ...MAIN_COMMAND.options] };

/**
 * argv without `--cli` when `--cli` is among the options before the server command (so
 * `mcp-inspect -e K=V --cli node s.js` works too), else undefined: then it is not CLI mode, and a
 * `--cli` after the command is the server's own argument.
 */
export function cliModeArgv(argv: readonly string[]): string[] | undefined {
  const index = findFlag(ALL_OPTIONS, argv, '--cli');
  return index === -1 ? undefined : [...argv.slice(0, index), ...argv.slice(index + 1)];
}

export function parseCliModeArgs(argv: readonly string[]): ParsedCliModeArgs {
  const parsed = parseCommandLine(CLI_COMMAND, argv, { optionsAfterRest: true });
  if ('error' in parsed) return { kind: 'error', message: parsed.error };
  const { values } = parsed;
  if (values.help) return { kind: 'help' };
  try {
    // A URL in the command's place is the server's address, as in the official Inspector.
    const [first, ...others] = parsed.rest;
    const urlFirst = first !== undefined && /^https?:\/\//i.test(first) && values.url === undefined;
    const server = urlFirst ? serverOptionsFrom({ ...values, url: first }, others) : serverOptionsFrom(values, parsed.rest);
    if (!server.target) throw new UsageError('--cli needs a server: a command to run, or --url');
    const timeout = values['connect-timeout'] as string | undefined;
    return {
      kind: 'run',
      options: { target: server.target, server, request: buildRequest(values), format: values.format === 'json' ? 'json' : 'text', connectTimeoutMs: timeout === undefined ? undefined : Number(timeout) },
    };
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'error', message: error.message };
    throw error;
  }
}

/** `key=value`, split at the first `=` (the table checked the key is not empty). */
const splitPair = (pair: string): [string, string] => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
const pairs = (values: OptionValues, name: string): [string, string][] => ((values[name] as string[] | undefined) ?? []).map(splitPair);

/** A tool argument's value is its JSON when it parses as JSON (42, true, {"a":1}), else the text itself. */
export function parseArgValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function parseArgsJson(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--tool-args-json is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError('--tool-args-json must be a JSON object, e.g. \'{"message":"hi"}\'');
  return value as Record<string, unknown>;
}

/** Checks the flags against the method and makes the request's params. */
function buildRequest(values: OptionValues): CliRequest {
  const method = values.method as CliMethod | undefined;
  if (method === undefined) throw new UsageError(`--cli needs --method (one of ${CLI_METHODS.join(', ')})`);
  for (const [flag, owner] of Object.entries(FLAG_METHOD)) {
    if (values[flag] !== undefined && owner !== method) throw new UsageError(`--${flag} only applies to --method ${owner}`);
  }
  const required = (flag: string): string => {
    const value = values[flag] as string | undefined;
    if (value === undefined) throw new UsageError(`--method ${method} needs --${flag}`);
    return value;
  };
  const metadata = Object.fromEntries([...pairs(values, 'metadata'), ...pairs(values, 'tool-metadata')]);
  const meta = Object.keys(metadata).length === 0 ? {} : { _meta: metadata };
  const request = (params: Record<string, unknown>): CliRequest => (Object.keys(params).length === 0 && !meta._meta ? { method } : { method, params: { ...params, ...meta } });
  switch (method) {
    case 'tools/call': {
      const toolArgs = pairs(values, 'tool-arg').map(([key, text]) => [key, parseArgValue(text)]);
      // --tool-arg comes after the JSON, so it can override one of its keys.
      return request({ name: required('tool-name'), arguments: { ...parseArgsJson(values['tool-args-json'] as string | undefined), ...Object.fromEntries(toolArgs) } });
    }
    case 'resources/read':
      return request({ uri: required('uri') });
    case 'prompts/get': {
      const promptArgs = pairs(values, 'prompt-args');
      return request(promptArgs.length === 0 ? { name: required('prompt-name') } : { name: required('prompt-name'), arguments: Object.fromEntries(promptArgs) });
    }
    case 'logging/setLevel':
      return request({ level: required('log-level') });
    default:
      return request({});
  }
}
