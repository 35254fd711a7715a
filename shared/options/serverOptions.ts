// The options that say which server to reach and how (transport, headers, env, era, OAuth, config
// file), and the inspector and recording options: each defined once, composed into every command's
// table (shared/options/commandTables.ts).
import { parseFaultRule } from '../faults/faultRule';
import { TOKEN_ENV_VAR } from '../security';
import type { OptionSpec } from './optionTable';

export const DEFAULT_PORT = 6280;
/** What survives a URL, a cookie and an Authorization header unchanged in meaning. */
export const TOKEN_PATTERN = /^[\x21-\x7e]+$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** `--transport` values: ours (auto, http, sse), `streamable-http`, and the official Inspector's `stdio`. */
export const TRANSPORT_CHOICES = ['auto', 'http', 'streamable-http', 'sse', 'stdio'] as const;
export const ERA_CHOICES = ['legacy', 'auto', 'modern'] as const;

const nonEmpty = (what: string) => (value: string) => (value === '' ? `needs ${what}` : undefined);

function checkUrl(value: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return `must be a full http:// or https:// URL (got "${value}")`;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? undefined : `must start with http:// or https:// (got "${value}")`;
}

/** `KEY=VALUE`, split at the first `=`. */
export function splitEnv(value: string): [string, string] {
  const equals = value.indexOf('=');
  return [value.slice(0, equals), value.slice(equals + 1)];
}

function checkEnv(value: string): string | undefined {
  const equals = value.indexOf('=');
  if (equals <= 0) return `needs KEY=VALUE (got "${value}")`;
  return /[\s\0]/.test(value.slice(0, equals)) ? `"${value.slice(0, equals)}" is not a valid variable name` : undefined;
}

/** `Name: Value`, trimmed. */
export function splitHeader(value: string): [string, string] {
  const colon = value.indexOf(':');
  return [value.slice(0, colon).trim(), value.slice(colon + 1).trim()];
}

function checkHeader(value: string): string | undefined {
  const colon = value.indexOf(':');
  const name = colon === -1 ? '' : value.slice(0, colon).trim();
  if (!HEADER_NAME.test(name)) return `needs "Name: Value" (got "${value}")`;
  return /[\r\n\0]/.test(value.slice(colon + 1)) ? `${name}: the value must be on one line` : undefined;
}

const checkPort = (value: string) => (/^\d{1,5}$/.test(value) && Number(value) <= 65535 ? undefined : `must be a number from 0 to 65535 (got "${value}")`);
export const checkMilliseconds = (value: string) => (/^\d{1,7}$/.test(value) && Number(value) >= 1 ? undefined : `needs a number of milliseconds (got "${value}")`);

/** The help sections, in the order a command's help lists them. */
export const SERVER_GROUP = 'Server';
export const OAUTH_GROUP = 'OAuth (with --url; a server that answers 401 is authorized per the MCP spec: metadata discovery,\nclient registration, PKCE in the browser with the callback served by the inspector, refresh)';
export const INSPECTOR_GROUP = 'Inspector';
export const SESSIONS_GROUP = 'Sessions (each run is recorded as it happens; env values, credential headers and tokens are masked)';
const SERVER = SERVER_GROUP;
const OAUTH = OAUTH_GROUP;

/** Which server, and how to reach it: every command that connects has these. */
export const SERVER_OPTIONS: readonly OptionSpec[] = [
  { name: 'url', aliases: ['server-url'], kind: 'value', valueName: '<url>', check: checkUrl, example: 'https://example.com/mcp', group: SERVER, help: 'Connect to the server at this http:// or https:// URL.' },
  {
    name: 'transport',
    kind: 'value',
    valueName: '<kind>',
    choices: TRANSPORT_CHOICES,
    example: 'sse',
    group: SERVER,
    help: 'With --url: auto (default; Streamable HTTP, falling back to legacy SSE when the server refuses it), http (Streamable HTTP only, also "streamable-http") or sse. "stdio" only confirms that the server is a command.',
  },
  { name: 'header', kind: 'list', valueName: '"Name: Value"', check: checkHeader, example: 'Authorization: Bearer abc', group: SERVER, help: 'With --url: send this header with every request (repeatable), e.g. --header "Authorization: Bearer $API_TOKEN". Never written to the log.' },
  {
    name: 'env',
    short: 'e',
    kind: 'list',
    valueName: 'KEY=VALUE',
    check: checkEnv,
    example: 'API_KEY=secret',
    group: SERVER,
    help: 'With a command: set an environment variable for the server (repeatable). The server gets a minimal environment (PATH, HOME, USER, SHELL, TERM, LOGNAME) plus these, not the whole environment of mcp-inspect.',
  },
  { name: 'cwd', kind: 'value', valueName: '<dir>', check: nonEmpty('a directory'), example: '/tmp', group: SERVER, help: 'With a command: run it in this directory.' },
  {
    name: 'config',
    kind: 'value',
    valueName: '<file>',
    check: nonEmpty('a file'),
    example: 'mcp.json',
    group: SERVER,
    help:
      'Take the server from an MCP client config file (JSON with comments and trailing commas): the "mcpServers" shape (Claude Desktop, Cursor, Claude Code: command/args/env/cwd, or url/headers/type) or VS Code\'s "servers" (type stdio, http or sse). VS Code\'s variables are expanded: ${workspaceFolder} (the folder holding .vscode/, else the file\'s folder), ${workspaceFolderBasename}, ${userHome}, ${cwd}, ${pathSeparator}, ${/}, ${env:NAME}; ${input:id}, which VS Code asks you for, is read from $MCP_INPUT_<ID> (no prompt); Claude Code\'s ${NAME} and ${NAME:-default}. Any other ${…} is refused by name. An entry\'s envFile (dotenv) is loaded under its env. -e/--env, --cwd and --header add to it.',
  },
  { name: 'server', kind: 'value', valueName: '<name>', check: nonEmpty('a name'), example: 'everything', group: SERVER, help: 'The server of --config to use (not needed when the file has only one).' },
  {
    name: 'era',
    aliases: ['protocol-era'],
    kind: 'value',
    valueName: '<era>',
    choices: ERA_CHOICES,
    example: 'modern',
    group: SERVER,
    help: 'The protocol era: legacy (default; the 2025 initialize handshake, never probes), auto (probe with server/discover, fall back to initialize) or modern (2026-07-28 only: server/discover, no initialize).',
  },
  { name: 'client-id', kind: 'value', valueName: '<id>', check: nonEmpty('a value'), example: 'my-client', group: OAUTH, help: 'Use this pre-registered client instead of dynamic registration.' },
  { name: 'client-secret', kind: 'value', valueName: '<secret>', check: nonEmpty('a value'), example: 's3cret', group: OAUTH, help: 'Its secret (a confidential client). Never written to the log.' },
  {
    name: 'client-metadata-url',
    kind: 'value',
    valueName: '<https URL>',
    check: (value) => (value.startsWith('https://') ? undefined : `must be an https:// URL (got "${value}")`),
    example: 'https://example.com/client.json',
    group: OAUTH,
    help: 'Use this client ID metadata document URL as the client id.',
  },
  { name: 'oauth-scope', kind: 'value', valueName: '<scope>', check: nonEmpty('a value'), example: 'read write', group: OAUTH, help: "Ask for this scope (default: what the server's challenge names)." },
  { name: 'oauth-token-file', kind: 'value', valueName: '<file>', check: nonEmpty('a value'), example: 'tokens.json', group: OAUTH, help: 'Keep tokens in this file (created 0600) instead of only in memory.' },
];

const INSPECTOR = INSPECTOR_GROUP;
const SESSIONS = SESSIONS_GROUP;

/** The inspector UI's own options (main command and `open`). */
export const UI_OPTIONS: readonly OptionSpec[] = [
  { name: 'port', kind: 'value', valueName: '<n>', check: checkPort, example: '7000', group: INSPECTOR, help: `Port of the inspector on 127.0.0.1. Default ${DEFAULT_PORT}; if that is busy, the next free one. An explicit port must be free. 0 picks any free port.` },
  {
    name: 'token',
    kind: 'value',
    valueName: '<token>',
    check: (value) => (TOKEN_PATTERN.test(value) ? undefined : 'must be non-empty printable ASCII without spaces'),
    example: 'abc123',
    group: INSPECTOR,
    help: `The access token (default: $${TOKEN_ENV_VAR}, else a new random one).`,
  },
  { name: 'no-open', kind: 'flag', group: INSPECTOR, help: 'Do not open the browser.' },
];

/** Where a session is recorded (main command, `replay`; `open` has the folder and --no-record). */
export const RECORDING_OPTIONS: readonly OptionSpec[] = [
  { name: 'sessions-dir', kind: 'value', valueName: '<dir>', check: nonEmpty('a directory'), example: 'sessions', group: SESSIONS, help: "Record into a new dated file in this folder (default ~/.mcp-inspect/sessions); also the folder the UI's Sessions page lists." },
  { name: 'record', kind: 'value', valueName: '<file>', check: nonEmpty('a file'), example: 'run.jsonl', group: SESSIONS, help: 'Record into exactly this file (replaced if it exists).' },
  { name: 'no-record', kind: 'flag', group: SESSIONS, help: 'Do not record.' },
];

export const FAULTS_GROUP = 'Faults (injected into the traffic on purpose; each is marked in the log and the session)';

/** `--fault RULE` (repeatable): the main command's launch connection, and the tap. Grammar in shared/faults/faultRule.ts. */
export const FAULT_OPTION: OptionSpec = {
  name: 'fault',
  kind: 'list',
  valueName: '"RULE"',
  check: (value) => {
    const parsed = parseFaultRule(value);
    return parsed.ok ? undefined : parsed.error;
  },
  example: 'delay 2s on tools/call',
  group: FAULTS_GROUP,
  help:
    'Inject a fault (repeatable): "<action> [<arg>] [on <method>] [to server|to client] [every N] [after N]" with action delay <duration>, drop, duplicate, reorder, corrupt, error <code>, timeout, kill, or over HTTP status <code>, close-stream, expire-session. E.g. --fault "error -32603 on tools/call", --fault "kill on tools/call after 3". Rules can be changed in the UI while traffic flows.',
};

export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', kind: 'flag', group: INSPECTOR, help: 'Show this help.' };
export const VERSION_OPTION: OptionSpec = { name: 'version', short: 'v', kind: 'flag', group: INSPECTOR, help: 'Show the version.' };

/** Why the UI and recording options are refused by a command that starts no UI or records nothing. */
export function refusals(words: readonly string[], reason: string): Record<string, string> {
  return Object.fromEntries(words.map((word) => [word, reason]));
}
