// Turns a recorded MCP request into the `mcp-inspect --cli` command that sends it again. The flags come
// from the --cli option table (shared/options/commandTables.ts), the one the CLI parses with, so the
// UI's "Copy as CLI" and the CLI cannot disagree; they are the official MCP Inspector CLI's flags.
import type { ConnectionTarget } from './connectionTypes';
import { CLI_COMMAND, CLI_METHODS } from './options/commandTables';
import { formatCommandLine, spellings, type OptionValues } from './options/optionTable';

/** How each method's params become option values (undefined: the CLI cannot express these params). */
const VALUE_BUILDERS: Record<string, (params: Record<string, unknown>) => OptionValues | undefined> = {
  'tools/call': (params) => (typeof params.name === 'string' ? { 'tool-name': params.name, ...toolArgValues(params.arguments) } : undefined),
  'resources/read': (params) => (typeof params.uri === 'string' ? { uri: params.uri } : undefined),
  'prompts/get': (params) => (typeof params.name === 'string' ? { 'prompt-name': params.name, ...promptArgValues(params.arguments) } : undefined),
  'logging/setLevel': (params) => (typeof params.level === 'string' ? { 'log-level': params.level } : undefined),
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
function toolArgValues(args: unknown): OptionValues {
  if (args === undefined) return {};
  if (!isRecord(args)) return { 'tool-args-json': JSON.stringify(args) };
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(args)) {
    const ambiguous = key.includes('=') || key === '' || key.startsWith('-') || (typeof value === 'string' && !readsBackAsString(value)) || value === undefined;
    if (ambiguous) return { 'tool-args-json': JSON.stringify(args) };
    pairs.push(`${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  return pairs.length === 0 ? {} : { 'tool-arg': pairs };
}

/** Prompt arguments are strings by the spec; anything else is passed as its JSON text. */
function promptArgValues(args: unknown): OptionValues {
  if (!isRecord(args) || Object.keys(args).length === 0) return {};
  return { 'prompt-args': Object.entries(args).map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`) };
}

/** `_meta` as --metadata (text values only; the progress token is the client's own, not the request's). */
function metadataValues(meta: unknown): OptionValues | undefined {
  if (meta === undefined) return {};
  if (!isRecord(meta)) return undefined;
  const entries = Object.entries(meta).filter(([key]) => key !== 'progressToken');
  if (entries.some(([key, value]) => typeof value !== 'string' || key === '' || key.includes('='))) return undefined;
  return entries.length === 0 ? {} : { metadata: entries.map(([key, value]) => `${key}=${value as string}`) };
}

/** The server's options (env values by reference, so secrets never land on the clipboard) and command line. */
function serverParts(target: ConnectionTarget): { values: OptionValues; command: string[] } {
  if (target.transport === 'stdio') {
    const env = Object.keys(target.env).map((name) => `${name}=$${name}`);
    return { values: { ...(env.length === 0 ? {} : { env }), ...(target.cwd === undefined ? {} : { cwd: target.cwd }) }, command: [target.command, ...target.args] };
  }
  const transport = target.transport === 'sse' ? 'sse' : target.transport === 'streamable-http' ? 'http' : undefined;
  return { values: transport === undefined ? {} : { transport }, command: [target.url] };
}

const CLI_WORDS = new Set(CLI_COMMAND.options.flatMap(spellings));

/**
 * The words after `mcp-inspect` that send this request again with `--cli`, or `undefined` when the CLI
 * has no flags for the method (or the params are not what the method takes). The server comes first,
 * as with the official CLI, unless one of its arguments is also one of our options: then after `--`.
 */
export function cliArgvFor(request: { method: string; params?: unknown }, target: ConnectionTarget): string[] | undefined {
  if (!(CLI_METHODS as readonly string[]).includes(request.method)) return undefined;
  const params = isRecord(request.params) ? request.params : {};
  const requestValues = Object.hasOwn(VALUE_BUILDERS, request.method) ? VALUE_BUILDERS[request.method]!(params) : {};
  const meta = metadataValues(params._meta);
  if (!requestValues || !meta) return undefined;
  const server = serverParts(target);
  const options = formatCommandLine(CLI_COMMAND, { method: request.method, ...requestValues, ...meta });
  const serverOptions = formatCommandLine(CLI_COMMAND, server.values);
  const clashes = server.command.some((word) => CLI_WORDS.has(word.split('=')[0]!) || word === '--');
  if (clashes) return ['--cli', ...serverOptions, ...options, '--', ...server.command];
  // `-e K=V node s.js`, but `https://host/mcp --transport http`, as people write them.
  return target.transport === 'stdio' ? ['--cli', ...serverOptions, ...server.command, ...options] : ['--cli', ...server.command, ...serverOptions, ...options];
}

function quoteWord(word: string): string {
  // Leave "$NAME" references expandable: NAME=$NAME becomes "NAME=$NAME".
  const envReference = /^([A-Za-z_][A-Za-z0-9_]*)=\$\1$/.exec(word);
  return envReference ? `"${word}"` : shellQuote(word);
}

/** The shell command that sends this request again with `mcp-inspect --cli` (see cliArgvFor). */
export function cliCommandFor(request: { method: string; params?: unknown }, target: ConnectionTarget): string | undefined {
  const argv = cliArgvFor(request, target);
  return argv === undefined ? undefined : ['mcp-inspect', ...argv.map(quoteWord)].join(' ');
}
