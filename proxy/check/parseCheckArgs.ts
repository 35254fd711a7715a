// argv of `mcp-inspect check` → what to check and how, or a usage error, read through the check
// command's option table (its own flags plus the shared server options, in any order before the
// server's command line). Pure: no file system, no env.
import type { Severity } from '../../shared/diagnosis';
import { CHECK_COMMAND, DEFAULT_CHECK_TIMEOUT_MS, reportFilesOf, reportFormatOf, type ReportFile, type ReportFormat } from '../../shared/options/commandTables';
import { parseCommandLine } from '../../shared/options/optionTable';
import { serverOptionsFrom, UsageError, type CliOptions } from '../cli/parseArgs';
import type { CheckPolicy } from './checkPolicy';

export { DEFAULT_CHECK_TIMEOUT_MS };

export interface CheckOptions {
  target: NonNullable<CliOptions['target']>;
  /** The server options (transport, env, headers, cwd), as the main command reads them. */
  server: CliOptions;
  format: ReportFormat;
  /** `--report FORMAT=FILE`: reports written to files as well. */
  reports: ReportFile[];
  /** The repository file SARIF results point at, when given. */
  sarifArtifact: string | undefined;
  policy: CheckPolicy;
  callTools: boolean;
  /** Per request; a request that times out is cancelled. */
  timeoutMs: number;
}

export type ParsedCheckArgs = { kind: 'help' } | { kind: 'run'; options: CheckOptions } | { kind: 'error'; message: string };

export function parseCheckArgs(argv: readonly string[]): ParsedCheckArgs {
  const parsed = parseCommandLine(CHECK_COMMAND, argv);
  if ('error' in parsed) return { kind: 'error', message: parsed.error };
  const { values } = parsed;
  if (values.help) return { kind: 'help' };
  if (parsed.dashDash && parsed.rest.length === 0) return { kind: 'error', message: 'Expected a command after --' };
  let server: CliOptions;
  try {
    server = serverOptionsFrom(values, parsed.rest);
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'error', message: error.message };
    throw error;
  }
  if (!server.target) return { kind: 'error', message: 'check needs a server: a command to run, or --url' };
  const format = reportFormatOf(values);
  if ('error' in format) return { kind: 'error', message: format.error };
  const timeout = values.timeout as string | undefined;
  const maxDuration = values['max-duration'] as string | undefined;
  const policy: CheckPolicy = {
    failOn: (values['fail-on'] as Severity | undefined) ?? 'error',
    ...(maxDuration === undefined ? {} : { maxDurationMs: Number(maxDuration) }),
    expectTools: (values['expect-tool'] as string[] | undefined) ?? [],
    expectResources: (values['expect-resource'] as string[] | undefined) ?? [],
    expectPrompts: (values['expect-prompt'] as string[] | undefined) ?? [],
  };
  return {
    kind: 'run',
    options: {
      target: server.target,
      server,
      format: format.format,
      reports: reportFilesOf(values),
      sarifArtifact: values['sarif-artifact'] as string | undefined,
      policy,
      callTools: values['call-tools'] === true,
      timeoutMs: timeout === undefined ? DEFAULT_CHECK_TIMEOUT_MS : Number(timeout),
    },
  };
}
