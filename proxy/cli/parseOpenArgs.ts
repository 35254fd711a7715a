// `mcp-inspect open [options] FILE`: the inspector options of the main command (--port, --token,
// --no-open), parsed by the same parser, and one session file instead of a server.
import { parseArgs, type CliOptions } from './parseArgs';

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
  const first = parseArgs(argv);
  if (first.kind === 'version') return { kind: 'error', message: '--version does not apply to open' };
  if (first.kind !== 'run') return first;
  const target = first.options.target;
  if (target?.kind !== 'command') return { kind: 'error', message: target ? `${target.kind === 'url' ? '--url' : '--config'} does not apply to open` : USAGE };
  // Options after the file were read as the "command's" arguments: parse them as options again.
  const before = argv.slice(0, argv.length - target.args.length - 1);
  const whole = parseArgs([...before, ...target.args]);
  if (whole.kind === 'version') return { kind: 'error', message: '--version does not apply to open' };
  if (whole.kind !== 'run') return whole;
  const { options } = whole;
  if (options.target !== undefined) return { kind: 'error', message: `${USAGE} (got more than one: "${target.command}" and "${describeTarget(options.target)}")` };
  if (Object.keys(options.env).length > 0 || options.cwd !== undefined) return { kind: 'error', message: '-e/--env and --cwd do not apply to open' };
  if (options.recordFile !== undefined) {
    return { kind: 'error', message: 'A reopened session is not recorded again: --record does not apply to open (--sessions-dir and --no-record say where its replays are recorded)' };
  }
  return {
    kind: 'open',
    options: {
      file: target.command,
      port: options.port,
      portExplicit: options.portExplicit,
      token: options.token,
      open: options.open,
      record: options.record,
      sessionsDir: options.sessionsDir,
    },
  };
}

function describeTarget(target: NonNullable<CliOptions['target']>): string {
  return target.kind === 'url' ? target.url : target.kind === 'config' ? `--config ${target.file}` : target.command;
}
