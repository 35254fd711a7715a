// `mcp-inspect --cli`: argv → one request to a server → its result as JSON on stdout, a problem as one
// JSON line on stderr (`{"error":{"code","message"}}`, the official CLI's envelope) → an exit code from
// CLI_EXIT, so scripts can tell "the server said no" from "no server".
import { DEFAULT_CONNECTION_SETTINGS } from '../../shared/connectionTypes';
import { resolveLaunchConfig } from '../cli/launchConfig';
import { packageInfo } from '../packageInfo';
import { parseCliModeArgs, type CliRequest } from './parseCliModeArgs';
import { runCliRequest, type CliRun } from './runCliRequest';

/**
 * The exit codes of `mcp-inspect --cli`: the official Inspector CLI's (documented in its
 * error-handler), so scripts written for it branch the same way. Documented in our help and README.
 */
export const CLI_EXIT = {
  ok: 0,
  /** A usage error, or the server answered with a JSON-RPC error (or did not answer in time). */
  failed: 1,
  /** The server answered 401 and no token was given, nor could OAuth complete without a browser. */
  authRequired: 3,
  /** The server could not be reached or started, or the handshake failed. */
  unreachable: 4,
  /** tools/call: the tool returned `isError: true`, or the server does not list it. */
  toolError: 5,
} as const;

/** What a run wrote: the exit code plus stdout and stderr text (kept apart from process for tests). */
export interface CliModeOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const PREFIX = 'mcp-inspect --cli';

/** Runs CLI mode (argv after `--cli`) and writes to the process; returns the exit code. */
export async function cliModeCommand(argv: readonly string[], helpText: () => string): Promise<number> {
  const output = await runCliMode(argv, helpText);
  process.stdout.write(output.stdout);
  process.stderr.write(output.stderr);
  return output.exitCode;
}

async function runCliMode(argv: readonly string[], helpText: () => string): Promise<CliModeOutput> {
  const parsed = parseCliModeArgs(argv);
  if (parsed.kind === 'help') return { exitCode: CLI_EXIT.ok, stdout: helpText(), stderr: '' };
  const usage = (message: string): CliModeOutput => failure(CLI_EXIT.failed, { code: 'usage', message: `${message}. Run "mcp-inspect --help" for usage (section "CLI mode").` });
  if (parsed.kind === 'error') return usage(parsed.message);
  const { options } = parsed;
  const config = resolveLaunchConfig(options.server, process.env);
  if ('error' in config) return usage(config.error);
  const run = await runCliRequest({
    target: config.target,
    ...(config.oauthTokenFile === undefined ? {} : { oauthTokenFile: config.oauthTokenFile }),
    request: options.request,
    inspectorVersion: packageInfo().version,
    timeoutMs: DEFAULT_CONNECTION_SETTINGS.requestTimeoutMs,
    ...(config.era === undefined ? {} : { era: config.era }),
    ...(options.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: options.connectTimeoutMs }),
  });
  return describeRun(options.request, run, options.format);
}

/** The official CLI's error envelope, one JSON line on stderr; `serverStderr` is ours. */
interface ErrorEnvelope {
  code: string;
  message: string;
  serverStderr?: string[];
  data?: unknown;
}

function failure(exitCode: number, error: ErrorEnvelope, stdout = '', notes = ''): CliModeOutput {
  return { exitCode, stdout, stderr: `${notes}${JSON.stringify({ error })}\n` };
}

/** The run as the script sees it. */
export function describeRun(request: CliRequest, run: CliRun, format: 'text' | 'json' = 'text'): CliModeOutput {
  const { method } = request;
  switch (run.outcome) {
    case 'auth-required': {
      const message = `authorization required: ${run.error}${run.authFailure === undefined ? '' : ` (OAuth: ${run.authFailure})`}`;
      return failure(CLI_EXIT.authRequired, { code: 'auth_required', message });
    }
    case 'connect-failed':
      return failure(CLI_EXIT.unreachable, { code: 'unreachable', message: `cannot connect: ${run.error}`, ...(run.stderrTail.length === 0 ? {} : { serverStderr: run.stderrTail }) });
    case 'tool-not-found':
      return failure(CLI_EXIT.toolError, { code: 'tool_not_found', message: `Tool '${run.tool}' not found on server.` });
    case 'server-error': {
      // The SDK puts "MCP error <code>: " before a server's message; the code is said once here.
      const message = run.error.message.replace(/^MCP error -?\d+: /, '');
      return failure(CLI_EXIT.failed, { code: 'error', message: `${method} failed with error ${run.error.code}: ${message}`, ...(run.error.data === undefined ? {} : { data: run.error.data }) });
    }
    case 'answered': {
      const notes = run.notes.map((note) => `${PREFIX}: note: ${note}\n`).join('');
      const stdout = format === 'json' ? `${JSON.stringify({ result: run.result })}\n` : `${JSON.stringify(run.result, null, 2)}\n`;
      if (method === 'tools/call' && run.result.isError === true) {
        return failure(CLI_EXIT.toolError, { code: 'tool_is_error', message: `Tool '${String(request.params?.name)}' returned isError:true.` }, stdout, notes);
      }
      return { exitCode: CLI_EXIT.ok, stdout, stderr: notes };
    }
  }
}
