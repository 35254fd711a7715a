// Turns a recorded MCP request into the `mcp-inspect --cli` command that sends it again, using the
// official MCP Inspector's CLI flags (`--method`, `--tool-name`, `--tool-arg k=v`, `--uri`,
// `--prompt-name`, `--prompt-args k=v`, `--log-level`). Shared so the CLI's own help and the UI agree.
import type { ConnectionTarget } from './connectionTypes';

/** The methods the CLI can send, each with how its params become flags. */
const FLAG_BUILDERS: Record<string, (params: Record<string, unknown>) => string[] | undefined> = {
  ping: () => [],
  'tools/list': () => [],
  'resources/list': () => [],
  'resources/templates/list': () => [],
  'prompts/list': () => [],
  'tools/call': (params) => (typeof params.name === 'string' ? ['--tool-name', params.name, ...toolArgFlags(params.arguments)] : undefined),
  'resources/read': (params) => (typeof params.uri === 'string' ? ['--uri', params.uri] : undefined),
  'prompts/get': (params) => (typeof params.name === 'string' ? ['--prompt-name', params.name, ...promptArgFlags(params.arguments)] : undefined),
  'logging/setLevel': (params) => (typeof params.level === 'string' ? ['--log-level', params.level] : undefined),
};

/** Quotes one argument for a POSIX shell (sh, bash, zsh): bare when safe, else single-quoted. */
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when the CLI would read `text` back as this exact string (it parses values that look like JSON). */
function readsBackAsString(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

/**
 * `--tool-arg k=v` per argument (non-strings as JSON, which the CLI parses back); a string that would
 * be read back as JSON (e.g. "42") or a key with `=` needs `--tool-args-json` with the whole object.
 */
function toolArgFlags(args: unknown): string[] {
  if (args === undefined) return [];
  if (!isRecord(args)) return ['--tool-args-json', JSON.stringify(args)];
  const flags: string[] = [];
  for (const [key, value] of Object.entries(args)) {
    const ambiguous = key.includes('=') || key === '' || (typeof value === 'string' && !readsBackAsString(value)) || value === undefined;
    if (ambiguous) return ['--tool-args-json', JSON.stringify(args)];
    flags.push('--tool-arg', `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  return flags;
}

/** Prompt arguments are strings by the spec; anything else is passed as its JSON text. */
function promptArgFlags(args: unknown): string[] {
  if (!isRecord(args) || Object.keys(args).length === 0) return [];
  return ['--prompt-args', ...Object.entries(args).map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)];
}

/** The server part: the command line of a stdio server (env values by reference), or the URL and transport. */
function serverArgs(target: ConnectionTarget): string[] {
  if (target.transport === 'stdio') {
    // Values are left to the user's shell ("$NAME") so that secrets never land on the clipboard.
    const env = Object.keys(target.env).flatMap((name) => ['-e', `${name}=$${name}`]);
    return [...env, target.command, ...target.args];
  }
  const transport = target.transport === 'sse' ? ['--transport', 'sse'] : target.transport === 'streamable-http' ? ['--transport', 'http'] : [];
  return [target.url, ...transport];
}

function quoteServerArg(arg: string): string {
  // Leave "$NAME" references unquoted-expandable: NAME=$NAME becomes "NAME=$NAME".
  const envReference = /^([A-Za-z_][A-Za-z0-9_]*)=\$\1$/.exec(arg);
  return envReference ? `"${arg}"` : shellQuote(arg);
}

/**
 * The shell command that sends this request again with `mcp-inspect --cli`, or `undefined` when the
 * CLI has no flags for the method (or the params are not what the method takes).
 */
export function cliCommandFor(request: { method: string; params?: unknown }, target: ConnectionTarget): string | undefined {
  const build = Object.hasOwn(FLAG_BUILDERS, request.method) ? FLAG_BUILDERS[request.method] : undefined;
  if (!build) return undefined;
  const flags = build(isRecord(request.params) ? request.params : {});
  if (!flags) return undefined;
  return ['mcp-inspect', '--cli', ...serverArgs(target).map(quoteServerArg), ...['--method', request.method, ...flags].map(shellQuote)].join(' ');
}
