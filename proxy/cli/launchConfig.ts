// Parsed options → everything needed to start: the target (or the bundled demo server), the token,
// the port policy. The parts that read the environment and the file system live here, not in parseArgs.
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ConnectionTarget, EraChoice } from '../../shared/connectionTypes';
import { TOKEN_ENV_VAR } from '../../shared/security';
import { defaultSessionsDir, sessionFileName, type RecordingConfig } from '../sessions/recordingConfig';
import { targetFromConfigFile } from './configFileTarget';
import { TOKEN_PATTERN, type CliOptions } from './parseArgs';

/** If the default port is busy, how many following ports are tried. */
export const DEFAULT_PORT_ATTEMPTS = 20;

export interface LaunchConfig {
  target: ConnectionTarget;
  isDemo: boolean;
  token: string;
  port: number;
  /** How many following ports to try if `port` is busy (0 for a port the user chose). */
  tryNextPorts: number;
  open: boolean;
  /** Where the session is recorded (a new dated file in the sessions folder by default). */
  recording: RecordingConfig;
  /** The folder the Sessions page lists: --sessions-dir, else ~/.mcp-inspect/sessions. */
  sessionsDir: string;
  /** --era, when given. */
  era?: EraChoice;
  /** --fault rules of the launch connection. */
  faults?: string[];
  /** --oauth-token-file, resolved: where OAuth tokens are kept (0600); in memory only without it. */
  oauthTokenFile?: string;
}

/** The bundled demo server: server-everything over stdio, run by this very Node. */
export function demoTarget(): { command: string; args: string[] } {
  const require = createRequire(import.meta.url);
  return { command: process.execPath, args: [require.resolve('@modelcontextprotocol/server-everything/dist/index.js'), 'stdio'] };
}

/** The token from --token, else $MCP_INSPECT_TOKEN, else a new random one. */
export function resolveToken(given: string | undefined, env: NodeJS.ProcessEnv): string | { error: string } {
  // An empty variable counts as unset (a common way to "unset" one in a shell script).
  const envToken = env[TOKEN_ENV_VAR] || undefined;
  if (given === undefined && envToken !== undefined && !TOKEN_PATTERN.test(envToken)) {
    return { error: `$${TOKEN_ENV_VAR} must be non-empty printable ASCII without spaces` };
  }
  return given ?? envToken ?? randomBytes(32).toString('base64url');
}

/** --no-record, --record FILE, --sessions-dir DIR, or a new dated file in ~/.mcp-inspect/sessions. */
export function resolveRecording(options: Pick<CliOptions, 'record' | 'recordFile' | 'sessionsDir'>, now: Date, pid: number): RecordingConfig {
  if (!options.record) return { kind: 'off' };
  if (options.recordFile !== undefined) return { kind: 'file', file: path.resolve(options.recordFile) };
  const dir = options.sessionsDir === undefined ? defaultSessionsDir() : path.resolve(options.sessionsDir);
  return { kind: 'file', file: path.join(dir, sessionFileName(now, pid)) };
}

export function resolveLaunchConfig(options: CliOptions, env: NodeJS.ProcessEnv, now = new Date()): LaunchConfig | { error: string } {
  const token = resolveToken(options.token, env);
  if (typeof token !== 'string') return token;

  let cwd: string | undefined;
  if (options.cwd !== undefined) {
    cwd = path.resolve(options.cwd);
    if (!isDirectory(cwd)) return { error: `--cwd: ${cwd} is not a directory` };
  }

  const given = options.target;
  const isDemo = given === undefined;
  let target: ConnectionTarget;
  if (given?.kind === 'config') {
    const fromFile = targetFromConfigFile(given.file, given.server, options, cwd, env);
    if ('error' in fromFile) return fromFile;
    target = fromFile;
  } else if (given?.kind === 'url') {
    const oauth = Object.keys(options.oauth).length > 0 ? { oauth: options.oauth } : {};
    target = { transport: options.transport, url: given.url, headers: options.headers, ...oauth };
  } else {
    const { command, args } = given ?? demoTarget();
    target = { transport: 'stdio', command, args, env: options.env, ...(cwd === undefined ? {} : { cwd }) };
  }
  return {
    target,
    isDemo,
    token,
    port: options.port,
    tryNextPorts: options.portExplicit ? 0 : DEFAULT_PORT_ATTEMPTS,
    open: options.open,
    recording: resolveRecording(options, now, process.pid),
    sessionsDir: options.sessionsDir === undefined ? defaultSessionsDir() : path.resolve(options.sessionsDir),
    ...(options.era === undefined ? {} : { era: options.era }),
    ...(options.faults.length === 0 ? {} : { faults: options.faults }),
    ...(options.oauthTokenFile === undefined ? {} : { oauthTokenFile: path.resolve(options.oauthTokenFile) }),
  };
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
