// `mcp-inspect open [options] FILE`: the inspector options of the main command (--port, --token,
// --no-open, --sessions-dir, --no-record) from the open command's option table, in any order around
// one session file instead of a server.
import { OPEN_COMMAND } from '../../shared/options/commandTables';
import { parseCommandLine } from '../../shared/options/optionTable';
import { serverOptionsFrom, UsageError } from './parseArgs';

export interface OpenOptions {
  file: string;
  port: number;
  portExplicit: boolean;
  token: string | undefined;
  open: boolean;
  /** False with --no-record: replays started from the UI are not recorded. */
  record: boolean;
  /** --sessions-dir: where replays are recorded and what the Sessions page lists. */
  sessionsDir: string | undefined;
}

export type ParsedOpenArgs = { kind: 'open'; options: OpenOptions } | { kind: 'help' } | { kind: 'error'; message: string };

const USAGE = 'mcp-inspect open needs one session file, e.g. mcp-inspect open ~/.mcp-inspect/sessions/session-….jsonl';

/** Parses the arguments after `open`; options may come before or after the file. */
export function parseOpenArgs(argv: readonly string[]): ParsedOpenArgs {
  const parsed = parseCommandLine(OPEN_COMMAND, argv, { positionals: Infinity });
  if ('error' in parsed) return { kind: 'error', message: parsed.error };
  if (parsed.values.help) return { kind: 'help' };
  const files = [...parsed.positionals, ...parsed.rest];
  if (files.length === 0) return { kind: 'error', message: USAGE };
  if (files.length > 1) return { kind: 'error', message: `${USAGE} (got more than one: "${files[0]}" and "${files[1]}")` };
  try {
    const options = serverOptionsFrom(parsed.values, []);
    return {
      kind: 'open',
      options: {
        file: files[0]!,
        port: options.port,
        portExplicit: options.portExplicit,
        token: options.token,
        open: options.open,
        record: options.record,
        sessionsDir: options.sessionsDir,
      },
    };
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'error', message: error.message };
    throw error;
  }
}
