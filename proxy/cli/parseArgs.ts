// argv → what the user asked for, or a usage error, read through the main command's option table
// (shared/options). Options stop at the first argument that is not an option, or at `--`: everything
// after is the server's own command line, untouched, so `mcp-inspect node server.js --port 3` passes
// `--port 3` to the server. `serverOptionsFrom` turns the server options of any command's values into
// the same CliOptions, so check, replay and --cli read them exactly as this command does. Pure.
import type { EraChoice, OAuthClientSettings, RemoteTransport } from '../../shared/connectionTypes';
import { MAIN_COMMAND } from '../../shared/options/commandTables';
import { parseCommandLine, type OptionValues } from '../../shared/options/optionTable';
import { DEFAULT_PORT, splitEnv, splitHeader, TOKEN_PATTERN } from '../../shared/options/serverOptions';

export { DEFAULT_PORT, TOKEN_PATTERN };

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
  /** --fault RULE (repeatable): fault rules of the launch connection, each checked by the option table. */
  faults: string[];
}

export type ParsedArgs = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; options: CliOptions } | { kind: 'error'; message: string };

const TRANSPORTS: Record<string, RemoteTransport> = { auto: 'auto', http: 'streamable-http', 'streamable-http': 'streamable-http', sse: 'sse', stdio: 'auto' };

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed = parseCommandLine(MAIN_COMMAND, argv);
  if ('error' in parsed) return { kind: 'error', message: parsed.error };
  if (parsed.values.help) return { kind: 'help' };
  if (parsed.values.version) return { kind: 'version' };
  if (parsed.dashDash && parsed.rest.length === 0) return { kind: 'error', message: 'Expected a command after --' };
  try {
    return { kind: 'run', options: serverOptionsFrom(parsed.values, parsed.rest) };
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'error', message: error.message };
    throw error;
  }
}

const text = (values: OptionValues, name: string): string | undefined => values[name] as string | undefined;
const list = (values: OptionValues, name: string): string[] => (values[name] as string[] | undefined) ?? [];

/** The options of any command's parsed values, as CliOptions; `command` is the server's command line. Throws UsageError. */
export function serverOptionsFrom(values: OptionValues, command: readonly string[]): CliOptions {
  const oauth: OAuthClientSettings = {};
  if (text(values, 'client-id') !== undefined) oauth.clientId = text(values, 'client-id')!;
  if (text(values, 'client-secret') !== undefined) oauth.clientSecret = text(values, 'client-secret')!;
  if (text(values, 'client-metadata-url') !== undefined) oauth.clientMetadataUrl = text(values, 'client-metadata-url')!;
  if (text(values, 'oauth-scope') !== undefined) oauth.scope = text(values, 'oauth-scope')!;
  const port = text(values, 'port');
  const options: CliOptions = {
    target: undefined,
    transport: TRANSPORTS[text(values, 'transport') ?? 'auto']!,
    env: Object.fromEntries(list(values, 'env').map(splitEnv)),
    headers: Object.fromEntries(list(values, 'header').map(splitHeader)),
    port: port === undefined ? DEFAULT_PORT : Number(port),
    portExplicit: port !== undefined,
    token: text(values, 'token'),
    open: values['no-open'] !== true,
    cwd: text(values, 'cwd'),
    record: values['no-record'] !== true,
    recordFile: text(values, 'record'),
    sessionsDir: text(values, 'sessions-dir'),
    era: text(values, 'era') as EraChoice | undefined,
    oauth,
    oauthTokenFile: text(values, 'oauth-token-file'),
    faults: list(values, 'fault'),
  };
  checkCombinations(options, values, command);
  const url = text(values, 'url');
  const configFile = text(values, 'config');
  if (configFile !== undefined) options.target = { kind: 'config', file: configFile, server: text(values, 'server') };
  else if (url !== undefined) options.target = { kind: 'url', url };
  else if (command.length > 0) options.target = { kind: 'command', command: command[0]!, args: command.slice(1) };
  return options;
}

/** Checks that the options fit the kind of target. */
function checkCombinations(options: CliOptions, values: OptionValues, command: readonly string[]): void {
  const url = text(values, 'url');
  const configFile = text(values, 'config');
  const transport = text(values, 'transport');
  if (url !== undefined && command.length > 0) throw new UsageError(`Give either a command or --url, not both (got --url and "${command[0]}")`);
  if (text(values, 'server') !== undefined && configFile === undefined) throw new UsageError('--server names a server of a config file: give the file with --config');
  if (transport === 'stdio' && (url !== undefined || configFile !== undefined)) throw new UsageError('--transport stdio is for a server command, not for --url or --config');
  if (configFile !== undefined) {
    if (url !== undefined || command.length > 0) throw new UsageError(`Give either --config or a server (command or --url), not both (got --config and "${url ?? command[0]}")`);
    if (transport !== undefined) throw new UsageError('--transport does not apply with --config: the server\'s "type" in the file says how to reach it');
    // Whether -e/--cwd or --header fit is known once the file is read (resolveLaunchConfig).
  } else if (url === undefined) {
    if (transport !== undefined && transport !== 'stdio') throw new UsageError('--transport only applies with --url');
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
}
