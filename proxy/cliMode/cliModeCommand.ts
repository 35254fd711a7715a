// `mcp-inspect --cli`: argv → one request to a server → its result as JSON on stdout, problems on
// stderr → an exit code from CLI_EXIT, so scripts can tell "the server said no" from "no server".
import { DEFAULT_CONNECTION_SETTINGS } from '../../shared/connectionTypes';
import { resolveLaunchConfig } from '../cli/launchConfig';
import { packageInfo } from '../packageInfo';
import { parseCliModeArgs } from './parseCliModeArgs';
import { runCliRequest, type CliRun } from './runCliRequest';

/** The exit codes of `mcp-inspect --cli`, documented in its help and the README. */
export const CLI_EXIT = {
  ok: 0,
  /** The tool returned `isError: true`, or the server answered with a JSON-RPC error (or timed out). */
  failed: 1,
  usage: 2,
  cannotConnect: 3,
  /** The server answered 401 and no token was given, nor could OAuth complete without a browser. */
  authRequired: 4,
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
  const usage = (message: string): CliModeOutput => ({
    exitCode: CLI_EXIT.usage,
    stdout: '',
    stderr: `${PREFIX}: ${message}\nRun "mcp-inspect --help" for usage (section "CLI mode").\n`,
  });
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
  });
  return describeRun(options.request.method, run);
}

/** The run as the script sees it. */
export function describeRun(method: string, run: CliRun): CliModeOutput {
  switch (run.outcome) {
    case 'auth-required': {
      const steps = run.authFailure === undefined ? '' : `  OAuth: ${run.authFailure}\n`;
      return { exitCode: CLI_EXIT.authRequired, stdout: '', stderr: `${PREFIX}: authorization required: ${run.error}\n${steps}` };
    }
    case 'connect-failed': {
      const tail = run.stderrTail.map((line) => `  server stderr: ${line}\n`).join('');
      return { exitCode: CLI_EXIT.cannotConnect, stdout: '', stderr: `${PREFIX}: cannot connect: ${run.error}\n${tail}` };
    }
    case 'server-error': {
      const data = run.error.data === undefined ? '' : `\n${JSON.stringify(run.error.data, null, 2)}`;
      // The SDK puts "MCP error <code>: " before a server's message; the code is said once here.
      const message = run.error.message.replace(/^MCP error -?\d+: /, '');
      return { exitCode: CLI_EXIT.failed, stdout: '', stderr: `${PREFIX}: ${method} failed with error ${run.error.code}: ${message}${data}\n` };
    }
    case 'answered': {
      const notes = run.notes.map((note) => `${PREFIX}: note: ${note}\n`).join('');
      const stdout = `${JSON.stringify(run.result, null, 2)}\n`;
      if (method === 'tools/call' && run.result.isError === true) {
        return { exitCode: CLI_EXIT.failed, stdout, stderr: `${notes}${PREFIX}: the tool returned an error (isError: true)\n` };
      }
      return { exitCode: CLI_EXIT.ok, stdout, stderr: notes };
    }
  }
}
