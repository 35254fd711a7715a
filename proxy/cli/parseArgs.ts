// argv → what the user asked for, or a usage error. Options stop at the first argument that is not an
// option, or at `--`: everything after is the server's own command line, untouched, so
// `mcp-inspect node server.js --port 3` passes `--port 3` to the server. Pure: no file system, no env.
import { EraChoiceSchema, type EraChoice, type OAuthClientSettings, type RemoteTransport } from '../../shared/connectionTypes';

export const DEFAULT_PORT = 6280;

export interface CliOptions {
  /** A command to run (stdio), a URL to reach, a server of a config file, or nothing (the demo server). */
  target:
    | { kind: 'command'; command: string; args: string[] }
    | { kind: 'url'; url: string }
    | { kind: 'config'; file: string; server: string | undefined }
    | undefined;
  transport: RemoteTransport;
  env: Record<string, string>;
  headers: Record<string, string>;
  port: number;
  /** The port was given with --port (so it must be exactly that one). */
  portExplicit: boolean;
  token: string | undefined;
  open: boolean;
  cwd: string | undefined;
  /** --no-record: do not record the session. */
  record: boolean;
  /** --record FILE: record to exactly this file. */
  recordFile: string | undefined;
  /** --sessions-dir DIR: record a new dated file in this folder. */
  sessionsDir: string | undefined;
  /** --era: the protocol era of the launch connection (legacy when not given). */
  era: EraChoice | undefined;
  /** --client-id, --client-secret, --client-metadata-url, --oauth-scope (with --url). */
  oauth: OAuthClientSettings;
  /** --oauth-token-file FILE: keep OAuth tokens there (0600) instead of only in memory. */
  oauthTokenFile: string | undefined;
}

export type ParsedArgs = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: CliOptions } | { kind: 'error'; message: string };

const TRANSPORTS: Record<string, RemoteTransport> = { auto: 'auto', http: 'streamable-http', 'streamable-http': 'streamable-http', sse: 'sse' };
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What survives a URL, a cookie and an Authorization header unchanged in meaning. */
export const TOKEN_PATTERN = /^[\x21-\x7e]+$/;

class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  try {
    return parse(argv);
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'error', message: error.message };
    throw error;
  }
}

interface ParseState {
  options: CliOptions;
  url: string | undefined;
  transportGiven: boolean;
  configFile: string | undefined;
  configServer: string | undefined;
}

function parse(argv: readonly string[]): ParsedArgs {
  const state: ParseState = {
    options: {
      target: undefined,
      transport: 'auto',
      env: {},
      headers: {},
      port: DEFAULT_PORT,
      portExplicit: false,
      token: undefined,
      open: true,
      cwd: undefined,
      record: true,
      recordFile: undefined,
      sessionsDir: undefined,
      era: undefined,
      oauth: {},
      oauthTokenFile: undefined,
    },
    url: undefined,
    transportGiven: false,
    configFile: undefined,
    configServer: undefined,
  };
  let index = 0;
  for (; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') {
      index++;
      if (index >= argv.length) throw new UsageError('Expected a command after --');
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    // The value of an option: `--name value` or `--name=value`.
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++index];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
      return next;
    };
    const early = applyOption(state, name, inline, value);
    if (early) return early;
  }
  return { kind: 'run', options: finish(state, argv.slice(index)) };
}

/** Applies one option; returns a result only for options that end parsing (help, version). */
function applyOption(state: ParseState, name: string, inline: string | undefined, value: () => string): ParsedArgs | undefined {
  const { options } = state;
  switch (name) {
    case '-h':
    case '--help':
      return { kind: 'help' };
    case '-v':
    case '--version':
      return { kind: 'version' };
    case '--url':
      state.url = parseUrl(value());
      return;
    case '--config':
      state.configFile = nonEmpty('--config', value(), 'a file');
      return;
    case '--server':
      state.configServer = nonEmpty('--server', value(), 'a name');
      return;
    case '--transport': {
      const given = value();
      const transport = TRANSPORTS[given];
      if (!transport) throw new UsageError(`--transport must be auto, http or sse (got "${given}")`);
      options.transport = transport;
      state.transportGiven = true;
      return;
    }
    case '-e':
    case '--env': {
      const [key, envValue] = parseEnv(value());
      options.env[key] = envValue;
      return;
    }
    case '--header': {
      const [header, headerValue] = parseHeader(value());
      options.headers[header] = headerValue;
      return;
    }
    case '--port':
      options.port = parsePort(value());
      options.portExplicit = true;
      return;
    case '--token':
      options.token = value();
      if (!TOKEN_PATTERN.test(options.token)) throw new UsageError('--token must be non-empty printable ASCII without spaces');
      return;
    case '--cwd':
      options.cwd = nonEmpty('--cwd', value(), 'a directory');
      return;
    case '--record':
      options.recordFile = nonEmpty('--record', value(), 'a file');
      return;
    case '--sessions-dir':
      options.sessionsDir = nonEmpty('--sessions-dir', value(), 'a directory');
      return;
    case '--client-id':
    case '--client-secret':
    case '--oauth-scope':
    case '--client-metadata-url':
    case '--oauth-token-file':
      applyOAuthOption(options, name, value());
      return;
    case '--no-record':
      if (inline !== undefined) throw new UsageError('--no-record takes no value');
      options.record = false;
      return;
    case '--era':
      options.era = parseEra(value());
      return;
    case '--no-open':
      if (inline !== undefined) throw new UsageError('--no-open takes no value');
      options.open = false;
      return;
    default:
      throw new UsageError(`Unknown option ${name}`);
  }
}

function nonEmpty(name: string, given: string, what: string): string {
  if (given === '') throw new UsageError(`${name} needs ${what}`);
  return given;
}

function applyOAuthOption(options: CliOptions, name: string, given: string): void {
  if (given === '') throw new UsageError(`${name} needs a value`);
  if (name === '--oauth-token-file') options.oauthTokenFile = given;
  else if (name === '--client-metadata-url') {
    if (!given.startsWith('https://')) throw new UsageError(`--client-metadata-url must be an https:// URL (got "${given}")`);
    options.oauth.clientMetadataUrl = given;
  } else options.oauth[name === '--client-id' ? 'clientId' : name === '--client-secret' ? 'clientSecret' : 'scope'] = given;
}

/** Checks that the options fit the kind of target, and sets the target. */
function finish({ options, url, transportGiven, configFile, configServer }: ParseState, command: string[]): CliOptions {
  if (url !== undefined && command.length > 0) throw new UsageError(`Give either a command or --url, not both (got --url and "${command[0]}")`);
  if (configServer !== undefined && configFile === undefined) throw new UsageError('--server names a server of a config file: give the file with --config');
  if (configFile !== undefined) {
    if (url !== undefined || command.length > 0) throw new UsageError(`Give either --config or a server (command or --url), not both (got --config and "${url ?? command[0]}")`);
    if (transportGiven) throw new UsageError('--transport does not apply with --config: the server\'s "type" in the file says how to reach it');
    // Whether -e/--cwd or --header fit is known once the file is read (resolveLaunchConfig).
    options.target = { kind: 'config', file: configFile, server: configServer };
  } else if (url === undefined) {
    if (transportGiven) throw new UsageError('--transport only applies with --url');
    if (Object.keys(options.headers).length > 0) throw new UsageError('--header only applies with --url');
    if (Object.keys(options.oauth).length > 0 || options.oauthTokenFile !== undefined) throw new UsageError('The OAuth options only apply with --url');
  } else {
    if (Object.keys(options.env).length > 0) throw new UsageError('-e/--env only applies to a command, not to --url');
    if (options.cwd !== undefined) throw new UsageError('--cwd only applies to a command, not to --url');
  }
  if (!options.record && (options.recordFile !== undefined || options.sessionsDir !== undefined)) {
    throw new UsageError('--no-record cannot be combined with --record or --sessions-dir');
  }
  if (options.recordFile !== undefined && options.sessionsDir !== undefined) throw new UsageError('Give either --record FILE or --sessions-dir DIR, not both');
  if (url !== undefined) options.target = { kind: 'url', url };
  else if (command.length > 0) options.target = { kind: 'command', command: command[0]!, args: command.slice(1) };
  return options;
}

/** legacy, auto or modern (shared with `check` and `--cli`). */
export function parseEra(value: string): EraChoice {
  const era = EraChoiceSchema.safeParse(value);
  if (!era.success) throw new UsageError(`--era must be legacy, auto or modern (got "${value}")`);
  return era.data;
}

function parseUrl(value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new UsageError(`--url must be a full http:// or https:// URL (got "${value}")`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`--url must start with http:// or https:// (got "${value}")`);
  }
  return value;
}

function parseEnv(value: string): [string, string] {
  const equals = value.indexOf('=');
  if (equals <= 0) throw new UsageError(`-e/--env needs KEY=VALUE (got "${value}")`);
  const key = value.slice(0, equals);
  if (/[\s\0]/.test(key)) throw new UsageError(`-e/--env: "${key}" is not a valid variable name`);
  return [key, value.slice(equals + 1)];
}

function parseHeader(value: string): [string, string] {
  const colon = value.indexOf(':');
  const name = colon === -1 ? '' : value.slice(0, colon).trim();
  if (!HEADER_NAME.test(name)) throw new UsageError(`--header needs "Name: Value" (got "${value}")`);
  const headerValue = value.slice(colon + 1).trim();
  if (/[\r\n\0]/.test(headerValue)) throw new UsageError(`--header ${name}: the value must be on one line`);
  return [name, headerValue];
}

function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port must be a number from 0 to 65535 (got "${value}")`);
  return port;
}
