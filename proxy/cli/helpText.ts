// The text of `mcp-inspect --help`. Keep it complete and true: it is the CLI's reference.
import { TOKEN_ENV_VAR } from '../../shared/security';
import { DEFAULT_PORT } from './parseArgs';

const OAUTH_OPTIONS = `OAuth (with --url; a server that answers 401 is authorized per the MCP spec: metadata discovery,
client registration, PKCE in the browser with the callback served by the inspector, refresh):
  --client-id <id>        Use this pre-registered client instead of dynamic registration.
  --client-secret <s>     Its secret (a confidential client). Never written to the log.
  --client-metadata-url <https URL>
                          Use this client ID metadata document URL as the client id.
  --oauth-scope <scope>   Ask for this scope (default: what the server's challenge names).
  --oauth-token-file <f>  Keep tokens in this file (created 0600) instead of only in memory.
`;

const CLI_MODE_SECTION = `CLI mode (for scripts; the flags are the official MCP Inspector's):
  --cli                   Connect, send one request, print the result as JSON on stdout, disconnect.
                          Errors go to stderr. No client capability is declared (no one answers
                          sampling or elicitation). The request options below may come before or
                          after the server command; put the server after -- if its own arguments use
                          these names. A URL in the command's place works like --url.
  --method <method>       tools/list, tools/call, resources/list, resources/read,
                          resources/templates/list, prompts/list, prompts/get, logging/setLevel or
                          ping. The list methods fetch every page and print them as one list.
  --tool-name <name>      tools/call: the tool.
  --tool-arg key=value    tools/call: one argument (repeatable). The value is parsed as JSON when it
                          is JSON (42, true, {"a":1}), else taken as text.
  --tool-args-json <obj>  tools/call: all arguments as one JSON object (--tool-arg overrides keys).
  --uri <uri>             resources/read: the resource.
  --prompt-name <name>    prompts/get: the prompt.
  --prompt-args k=v ...   prompts/get: its arguments, as text (repeatable).
  --log-level <level>     logging/setLevel: debug, info, notice, warning, error, critical, alert
                          or emergency.
  Without a browser, OAuth completes only when the authorization server redirects straight back;
  else pass a token with --header "Authorization: Bearer …".
  Exit codes: 0 ok; 1 the tool returned isError, or the server answered with an error (or did not
  answer in time); 2 usage error; 3 cannot connect; 4 authorization required (the server answered
  401 and no token or headless OAuth flow was available).
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

  mcp-inspect --cli [server options] <command> [args...] --method <method> [request options]
  mcp-inspect --cli --url <http(s) URL> --method <method> [request options]
                          Send one request without the UI and print its result (see "CLI mode").

Options end at the first argument that is not an option, or at --. Everything after that is the
server's own command line, so "mcp-inspect node server.js --port 3" passes --port 3 to the server.

Server:
  --url <url>             Connect to the server at this http:// or https:// URL.
  --transport <kind>      With --url: auto (default; Streamable HTTP, falling back to legacy SSE
                          when the server refuses it), http (Streamable HTTP only) or sse.
  --header "Name: Value"  With --url: send this header with every request (repeatable), e.g.
                          --header "Authorization: Bearer $API_TOKEN". Never written to the log.
  -e, --env KEY=VALUE     With a command: set an environment variable for the server (repeatable).
                          The server gets a minimal environment (PATH, HOME, USER, SHELL, TERM,
                          LOGNAME) plus these, not the whole environment of mcp-inspect.
  --cwd <dir>             With a command: run it in this directory.
  --config <file>         Take the server from an MCP client config file (JSON with comments and
                          trailing commas): the "mcpServers" shape (Claude Desktop, Cursor, Claude
                          Code: command/args/env/cwd, or url/headers/type) or VS Code's "servers"
                          (type stdio, http or sse). VS Code's variables are expanded:
                          \${workspaceFolder} (the folder holding .vscode/, else the file's folder),
                          \${workspaceFolderBasename}, \${userHome}, \${cwd}, \${pathSeparator}, \${/},
                          \${env:NAME}; \${input:id}, which VS Code asks you for, is read from
                          $MCP_INPUT_<ID> (no prompt); Claude Code's \${NAME} and \${NAME:-default}.
                          Any other \${…} is refused by name. An entry's envFile (dotenv) is loaded
                          under its env. -e/--env, --cwd and --header add to it.
  --server <name>         The server of --config to use (not needed when the file has only one).
  --era <era>             The protocol era: legacy (default; the 2025 initialize handshake, never
                          probes), auto (probe with server/discover, fall back to initialize) or
                          modern (2026-07-28 only: server/discover, no initialize).

${OAUTH_OPTIONS}
Inspector:
  --port <n>              Port of the inspector on 127.0.0.1. Default ${DEFAULT_PORT}; if that is busy, the
                          next free one. An explicit port must be free. 0 picks any free port.
  --token <token>         The access token (default: $${TOKEN_ENV_VAR}, else a new random one).
  --no-open               Do not open the browser.
  -h, --help              Show this help.
  -v, --version           Show the version.

Sessions (each run is recorded as it happens; env values, credential headers and tokens are masked):
  --sessions-dir <dir>    Record into a new dated file in this folder (default ~/.mcp-inspect/sessions);
                          also the folder the UI's Sessions page lists.
  --record <file>         Record into exactly this file (replaced if it exists).
  --no-record             Do not record.
  mcp-inspect open [--port <n>] [--token <t>] [--no-open] [--sessions-dir <dir> | --no-record] <file>
                          Show a recorded session in the UI, read-only. Its replays from the UI are
                          recorded into the sessions folder (or not, with --no-record).

${CLI_MODE_SECTION}
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
