// The text of `mcp-inspect replay --help`: prose around the option sections of replay's option table.
import { OPTIONS_GROUP, REPLAY_COMMAND } from '../../shared/options/commandTables';
import { formatOptionHelp } from '../../shared/options/optionTable';
import { OAUTH_GROUP, SERVER_GROUP, SESSIONS_GROUP } from '../../shared/options/serverOptions';

export function replayHelpText(): string {
  return `Usage:
  mcp-inspect replay [options] FILE                     against the server the session recorded
                                                        (shown first; runs only with --yes or a "y")
  mcp-inspect replay [options] FILE [--] <command> [args...]
  mcp-inspect replay [options] FILE --url <http(s) URL>

Sends the requests a recorded session's client sent (lists, calls, reads, gets, completions, pings,
log levels, subscriptions; the handshake is the client's own) again, in order, to a live server with
the same client capabilities and roots, answers the server's sampling and elicitation requests from
the recording when the same request was answered there (else refuses them), and prints a verdict per
request: same, changed (with each difference by its path), failed, missing (method, tool, prompt or
resource gone) or new error (the tool now reports isError). The replay is recorded as a new session.

Volatile fields do not count: timestamps and dates, durations, generated ids, uuids and ISO dates
inside strings, _meta progress tokens. Add your own with --ignore.

A session file is untrusted input: the server it recorded is a command with its env and working
directory (or a URL with headers). With no server named, all of it is printed to stderr first, the
env variables that change how a runtime loads code (NODE_OPTIONS, LD_PRELOAD, PYTHONPATH, …) called
out, and it runs only with --yes or when you answer "y" at a terminal; otherwise replay exits 2.

Options may come in any order before and after FILE, up to the server's command line. Without a
server, -e, --header and --cwd apply to the recorded one: give again the secrets the recording removed.

${formatOptionHelp(REPLAY_COMMAND, [OPTIONS_GROUP, SESSIONS_GROUP, SERVER_GROUP, OAUTH_GROUP])}
Exit codes:
  0  every request got the same answer
  1  something changed (changed, failed, missing or new error)
  2  usage error, the session file cannot be replayed, its server was not confirmed, or a
     --report file cannot be written
  3  could not connect to the server
`;
}
