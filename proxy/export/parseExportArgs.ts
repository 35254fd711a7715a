// argv of `mcp-inspect export` → which session file to export, in which format, to where, read through
// the export command's option table (options in any order before and after FILE). Pure.
import type { ExportFormat } from '../../shared/artifacts/exportFormats';
import { EXPORT_COMMAND } from '../../shared/options/commandTables';
import { parseCommandLine, sayChoices } from '../../shared/options/optionTable';
import { EXPORT_FORMATS } from '../../shared/artifacts/exportFormats';

export interface ExportArgs {
  file: string;
  format: ExportFormat;
  /** Where to write; undefined = stdout. */
  output: string | undefined;
  connectionId: string | undefined;
}

export type ParsedExportArgs = { kind: 'help' } | { kind: 'run'; options: ExportArgs } | { kind: 'error'; message: string };

const USAGE = 'mcp-inspect export --format otlp|har|jsonl FILE [-o OUT]';

export function parseExportArgs(argv: readonly string[]): ParsedExportArgs {
  const parsed = parseCommandLine(EXPORT_COMMAND, argv, { positionals: 1, optionsAfterRest: true });
  if ('error' in parsed) return { kind: 'error', message: parsed.error };
  const { values } = parsed;
  if (values.help) return { kind: 'help' };
  const words = [...parsed.positionals, ...parsed.rest];
  if (words.length === 0) return { kind: 'error', message: `export needs a session file: ${USAGE}` };
  if (words.length > 1) return { kind: 'error', message: `export takes one session file (got ${words.map((word) => `"${word}"`).join(', ')})` };
  const format = values.format as ExportFormat | undefined;
  if (format === undefined) return { kind: 'error', message: `export needs --format: ${sayChoices(EXPORT_FORMATS)}` };
  const output = values.output as string | undefined;
  return { kind: 'run', options: { file: words[0]!, format, output: output === '-' ? undefined : output, connectionId: values.connection as string | undefined } };
}
