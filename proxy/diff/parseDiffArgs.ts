// argv of `mcp-inspect diff` → the two sides to compare and how to report, read through diff's option
// table. The first side is a session file; the second is another session file (a word ending in
// `.jsonl`) or a live server (a command line, or --url). Pure: no file system, no env.
import { DIFF_COMMAND, DEFAULT_CHECK_TIMEOUT_MS, reportFormatOf } from '../../shared/options/commandTables';
import { parseCommandLine } from '../../shared/options/optionTable';
import type { DriftFailOn } from '../../shared/artifacts/driftReports';
import { serverOptionsFrom, UsageError, type CliOptions } from '../cli/parseArgs';

export interface DiffArgs {
  before: string;
  /** A session file, or a live server (its options, with a target). */
  after: { kind: 'file'; file: string } | { kind: 'server'; server: CliOptions };
  format: 'text' | 'json' | 'junit';
  failOn: DriftFailOn;
  connectionId: string | undefined;
  timeoutMs: number;
}

export type ParsedDiffArgs = { kind: 'help' } | { kind: 'run'; options: DiffArgs } | { kind: 'error'; message: string };

const USAGE = 'diff needs two sides: mcp-inspect diff BEFORE.jsonl AFTER.jsonl, or BEFORE.jsonl [--] <command> [args…], or BEFORE.jsonl --url <url>';

export function parseDiffArgs(argv: readonly string[]): ParsedDiffArgs {
  const parsed = parseCommandLine(DIFF_COMMAND, argv, { positionals: 1 });
  if ('error' in parsed) return { kind: 'error', message: parsed.error };
  const { values } = parsed;
  if (values.help) return { kind: 'help' };
  const [before, ...words] = [...parsed.positionals, ...parsed.rest];
  if (before === undefined) return { kind: 'error', message: USAGE };
  // The option table offers diff no sarif, so the format read is one of diff's.
  const reportFormat = reportFormatOf(values);
  if ('error' in reportFormat) return { kind: 'error', message: reportFormat.error };
  const format = reportFormat.format as DiffArgs['format'];
  let after: DiffArgs['after'];
  if (!parsed.dashDash && words.length === 1 && /\.jsonl$/i.test(words[0]!) && values.url === undefined) after = { kind: 'file', file: words[0]! };
  else {
    let server: CliOptions;
    try {
      server = serverOptionsFrom(values, words);
    } catch (error) {
      if (error instanceof UsageError) return { kind: 'error', message: error.message };
      throw error;
    }
    if (!server.target) return { kind: 'error', message: USAGE };
    after = { kind: 'server', server };
  }
  const timeout = values.timeout as string | undefined;
  return {
    kind: 'run',
    options: {
      before,
      after,
      format,
      failOn: (values['fail-on'] as DriftFailOn | undefined) ?? 'breaking',
      connectionId: values.connection as string | undefined,
      timeoutMs: timeout === undefined ? DEFAULT_CHECK_TIMEOUT_MS : Number(timeout),
    },
  };
}
