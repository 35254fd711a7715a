// `mcp-inspect export`: argv → read the session file → export it → write it to stdout or a file → exit code.
import { readFileSync, writeFileSync } from 'node:fs';
import { ExportError, exportSession } from '../../shared/artifacts/exportSession';
import { readSession, SessionFormatError, type ReadSession } from '../../shared/session';
import { exportHelpText } from './exportHelpText';
import { parseExportArgs } from './parseExportArgs';

export const EXPORT_EXIT = { ok: 0, failed: 1, usage: 2 } as const;

interface ExportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: ExportIo = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };

/** Runs the export command and returns its exit code; the export goes to stdout (or -o), problems to stderr. */
export async function exportCommand(argv: readonly string[], io: ExportIo = processIo): Promise<number> {
  const parsed = parseExportArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(exportHelpText());
    return EXPORT_EXIT.ok;
  }
  const say = (message: string) => io.stderr(`mcp-inspect export: ${message}\n`);
  if (parsed.kind === 'error') {
    say(parsed.message);
    io.stderr('Run "mcp-inspect export --help" for usage.\n');
    return EXPORT_EXIT.usage;
  }
  const { file, format, output, connectionId } = parsed.options;
  let session: ReadSession;
  try {
    session = readSession(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SessionFormatError ? error.message : `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    say(`${file}: ${reason}`);
    return EXPORT_EXIT.failed;
  }
  // A damaged file still exports what it holds; each skipped line is said.
  for (const problem of session.problems) say(`${file}: ${problem.message}`);
  if (session.damagedLines > session.problems.length) say(`${file}: ${session.damagedLines - session.problems.length} more damaged lines skipped.`);
  let text: string;
  try {
    text = await exportSession(session, format, connectionId === undefined ? {} : { connectionId });
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    say(`${file}: ${error.message}`);
    return EXPORT_EXIT.failed;
  }
  if (output === undefined) {
    io.stdout(text);
    return EXPORT_EXIT.ok;
  }
  try {
    writeFileSync(output, text);
  } catch (error) {
    say(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return EXPORT_EXIT.failed;
  }
  return EXPORT_EXIT.ok;
}
