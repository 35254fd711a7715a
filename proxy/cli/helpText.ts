// The text of `mcp-inspect --help`. Keep it complete and true: it is the CLI's reference.
import { TOKEN_ENV_VAR } from '../../shared/security';
import { DEFAULT_PORT } from './parseArgs';

export function helpText(version: string): string {
  return `mcp-inspect ${version}: a web inspector and debugger for MCP servers

Usage:
  mcp-inspect [options] [--] <command> [args...]   start a server and inspect it over stdio
  mcp-inspect [options] --url <http(s) URL>        inspect a remote server (Streamable HTTP or SSE)
  mcp-inspect [options]                            inspect the bundled demo server (server-everything)

Commands:
  mcp-inspect check [options] [--] <command> [args...]
  mcp-inspect check [options] --url <http(s) URL>
                          Lint a server without the UI: list, read and ping everything, print the
                          protocol problems found and exit 1 if any is an error (see
                          "mcp-inspect check --help"). To run a server named "check", put -- first.

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

Inspector:
  --port <n>              Port of the inspector on 127.0.0.1. Default ${DEFAULT_PORT}; if that is busy, the
                          next free one. An explicit port must be free. 0 picks any free port.
  --token <token>         The access token (default: $${TOKEN_ENV_VAR}, else a new random one).
  --no-open               Do not open the browser.
  -h, --help              Show this help.
  -v, --version           Show the version.

Sessions (each run is recorded as it happens; env values, credential headers and tokens are masked):
  --sessions-dir <dir>    Record into a new dated file in this folder (default ~/.mcp-inspect/sessions).
  --record <file>         Record into exactly this file (replaced if it exists).
  --no-record             Do not record.
  mcp-inspect open [--port <n>] [--token <t>] [--no-open] <file>
                          Show a recorded session in the UI, read-only.

The inspector listens on 127.0.0.1 only, and every request to it needs the token. Open the URL it
prints ("mcp-inspect ready: http://127.0.0.1:PORT/?token=..."): the URL carries the token.

Examples:
  mcp-inspect
  mcp-inspect node build/index.js
  mcp-inspect -e API_KEY=secret -- npx -y @modelcontextprotocol/server-filesystem ~/notes
  mcp-inspect --url http://127.0.0.1:3001/mcp
  mcp-inspect --url https://example.com/sse --transport sse --header "Authorization: Bearer $API_TOKEN"
`;
}
