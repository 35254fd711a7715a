// argv of `mcp-inspect replay` → what to replay against what, read through the replay command's option
// table: its own flags, the session file, the recording and server options in any order, then
// optionally the server's command line. The target is optional: the recorded one by default.
import { DEFAULT_REPLAY_TIMEOUT_MS, REPLAY_COMMAND, reportFilesOf, reportFormatOf, type ReportFile, type ReportFormat } from '../../shared/options/commandTables';
import { parseCommandLine } from '../../shared/options/optionTable';
import { serverOptionsFrom, UsageError, type CliOptions } from '../cli/parseArgs';

export { DEFAULT_REPLAY_TIMEOUT_MS };

export interface ReplayArgs {
  file: string;
  /** The server and recording options; `server.target` undefined = the recorded target. */
  server: CliOptions;
  format: ReportFormat;
  /** `--report FORMAT=FILE`: reports written to files as well. */
  reports: ReportFile[];
  /** The repository file SARIF results point at, when given (default: the session file). */
  sarifArtifact: string | undefined;
  ignore: string[];
  timeoutMs: number;
  connectionId: string | undefined;
  /** Run the recorded server without asking (a session file is untrusted input: otherwise it asks or refuses). */
  yes: boolean;
}

export type ParsedReplayArgs = { kind: 'help' } | { kind: 'run'; options: ReplayArgs } | { kind: 'error'; message: string };

export function parseReplayArgs(argv: readonly string[]): ParsedReplayArgs {
  const parsed = parseCommandLine(REPLAY_COMMAND, argv, { positionals: 1 });
  if ('error' in parsed) return { kind: 'error', message: parsed.error };
  const { values } = parsed;
  if (values.help) return { kind: 'help' };
  // `replay -- FILE …` is not a form we document, but the file may follow `--` like any first word.
  const words = [...parsed.positionals, ...parsed.rest];
  const file = words[0];
  if (file === undefined) return { kind: 'error', message: 'replay needs a session file: mcp-inspect replay FILE [--] [command…]' };
  let server: CliOptions;
  try {
    server = serverOptionsFrom(values, words.slice(1));
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'error', message: error.message };
    throw error;
  }
  const format = reportFormatOf(values);
  if ('error' in format) return { kind: 'error', message: format.error };
  const timeout = values.timeout as string | undefined;
  return {
    kind: 'run',
    options: {
      file,
      server,
      format: format.format,
      reports: reportFilesOf(values),
      sarifArtifact: values['sarif-artifact'] as string | undefined,
      ignore: (values.ignore as string[] | undefined) ?? [],
      timeoutMs: timeout === undefined ? DEFAULT_REPLAY_TIMEOUT_MS : Number(timeout),
      connectionId: values.connection as string | undefined,
      yes: values.yes === true,
    },
  };
}
