// The text of `mcp-inspect --help`: prose around option sections generated from the option tables
// (shared/options), so an option cannot be missing from help or described in two places.
import { CLI_COMMAND, MAIN_COMMAND, REQUEST_GROUP } from '../../shared/options/commandTables';
import { formatOptionHelp } from '../../shared/options/optionTable';
import { FAULTS_GROUP, INSPECTOR_GROUP, OAUTH_GROUP, SERVER_GROUP, SESSIONS_GROUP } from '../../shared/options/serverOptions';

const CLI_MODE_SECTION = `CLI mode (for scripts; the flags, output and exit codes are the official MCP Inspector CLI's):
  mcp-inspect --cli [server options] <command> [args...] --method <method> [request options]
  mcp-inspect --cli <http(s) URL> | --url <http(s) URL> --method <method> [request options]
Connects, sends one request, prints its result as JSON on stdout, disconnects. The client declares
the roots capability (with no roots) and nothing else: no one answers sampling or elicitation. A list
of something the server did not declare (tools, prompts, resources) prints an empty list without a
request; tools/call first looks the tool up in tools/list. Every option may come before or after the
server command; put the server after -- if its own arguments use these names. Without a browser,
OAuth completes only when the authorization server redirects straight back; else pass a token with
--header "Authorization: Bearer …".
A problem is one JSON line on stderr: {"error":{"code":"…","message":"…"}}. Exit codes: 0 ok; 1 usage
error, or the server answered with an error (or did not answer in time); 3 authorization required;
4 cannot connect (unreachable, or the server did not start); 5 tools/call: the tool returned isError,
or the server does not list it.
`;

export function helpText(version: string): string {
  return `mcp-inspect ${version}: a web inspector and debugger for MCP servers

Usage:
  mcp-inspect [options] [--] <command> [args...]   start a server and inspect it over stdio
  mcp-inspect [options] --url <http(s) URL>        inspect a remote server (Streamable HTTP or SSE)
  mcp-inspect [options] --config <file> [--server <name>]
                                                   inspect a server of an MCP client's config file
  mcp-inspect [options]                            inspect the bundled demo server (server-everything)

Commands:
  mcp-inspect check [options] [--] <command> [args...]
  mcp-inspect check [options] --url <http(s) URL>
                          Lint a server without the UI: list, read and ping everything, print the
                          protocol problems found and exit 1 if any is an error (see
                          "mcp-inspect check --help"). To run a server named "check", put -- first.

  mcp-inspect replay [options] FILE [[--] <command> [args...] | --url <http(s) URL>]
                          Send a recorded session's requests again to a server (by default the
                          recorded one) and print what changed, request by request; exit 1 if
                          anything did (see "mcp-inspect replay --help").

  mcp-inspect export --format otlp|har|jsonl [-o <file>] [--connection <id>] FILE
                          Export a recorded session for other tools: OpenTelemetry traces (OTLP/JSON),
                          HAR 1.2 of its HTTP exchanges, or its JSON-RPC messages as JSON Lines (see
                          "mcp-inspect export --help").
  mcp-inspect diff [options] BEFORE.jsonl (AFTER.jsonl | [--] <command> [args...] | --url <url>)
                          The interface drift between a recording and another one or a live server:
                          tools, prompts, resources and templates added, removed or changed, each
                          change breaking or not (see "mcp-inspect diff --help").
  mcp-inspect mock [options] FILE
                          Serve a recorded session as an MCP server, on stdio or (--url-listen) over
                          Streamable HTTP on loopback: each request gets the recorded answer to the
                          same request (see "mcp-inspect mock --help"). Runs nothing the file names.
  mcp-inspect tap [options] -- <command> [args...]  |  tap --url <url> --listen 127.0.0.1:PORT
                          Put in a host's config (Claude Desktop, Cursor, VS Code) instead of the
                          server's command: passes the host's traffic through unchanged and shows it,
                          read-only, in the inspector UI on --port (see "mcp-inspect tap --help").

  mcp-inspect open [--port <n>] [--token <t>] [--no-open] [--sessions-dir <dir> | --no-record] <file>
                          Show a recorded session in the UI, read-only. Its replays from the UI are
                          recorded into the sessions folder (or not, with --no-record).

  mcp-inspect --cli [server options] <command> [args...] --method <method> [request options]
                          Send one request without the UI and print its result (see "CLI mode").

Options may be given in any order, their values also glued on (--port=0). They end at the first
argument that is not an option, or at --: everything after that is the server's own command line, so
"mcp-inspect node server.js --port 3" passes --port 3 to the server.

${formatOptionHelp(MAIN_COMMAND, [SERVER_GROUP, OAUTH_GROUP, INSPECTOR_GROUP, SESSIONS_GROUP, FAULTS_GROUP])}
${CLI_MODE_SECTION}
${formatOptionHelp(CLI_COMMAND, [REQUEST_GROUP])}
The inspector listens on 127.0.0.1 only, and every API request and socket needs the token. Open the
URL it prints ("mcp-inspect ready: http://127.0.0.1:PORT/#token=..."): the URL carries the token.

Examples:
  mcp-inspect
  mcp-inspect node build/index.js
  mcp-inspect -e API_KEY=secret -- npx -y @modelcontextprotocol/server-filesystem ~/notes
  mcp-inspect --url http://127.0.0.1:3001/mcp
  mcp-inspect --url https://example.com/sse --transport sse --header "Authorization: Bearer $API_TOKEN"
  mcp-inspect --cli node build/index.js --method tools/call --tool-name add --tool-arg a=1 --tool-arg b=2
  mcp-inspect --cli http://127.0.0.1:3001/mcp --transport http --method resources/list
`;
}
