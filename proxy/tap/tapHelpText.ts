// The text of `mcp-inspect tap --help`: prose around the option section of the tap's option table.
import { OPTIONS_GROUP, TAP_COMMAND } from '../../shared/options/commandTables';
import { formatOptionHelp } from '../../shared/options/optionTable';
import { FAULTS_GROUP, INSPECTOR_GROUP, SESSIONS_GROUP } from '../../shared/options/serverOptions';

export function tapHelpText(): string {
  return `Usage:
  mcp-inspect tap [options] -- <server command> [args…]
  mcp-inspect tap [options] --url <server URL> --listen 127.0.0.1:PORT

Watch what a real host (Claude Desktop, Cursor, VS Code…) sends to your server. Put the tap in the
host's config in place of the server's command; it starts the server and passes every byte between
the host and the server unchanged (stdout carries the server's output and nothing else; the tap's
own messages go to stderr), and shows the traffic in an inspector UI, live: the host's clientInfo
and capabilities on the Handshake tab, the log, the timeline and the diagnosis, recorded like any
session. The UI is read-only for a tapped connection: the host is the client.

The UI: if an inspector already runs on --port (default 6280), the tap joins it, so several
servers of one host show up as several connections in one UI; else the tap starts one there (and
opens the browser unless --no-open). If the UI goes away, the tap keeps passing bytes and joins
(or starts) one again when it can.

With --url, the tap is a reverse proxy on --listen for a host configured with a URL: every request
and stream goes to the same path on the server (headers, Mcp-Session-Id, Authorization, SSE and
Last-Event-ID as they are; credentials are masked in the log). Give the host the URL printed on
stderr. It serves until stopped (Ctrl+C, SIGTERM).

--fault injects faults into what the tap relays: the same rules as for any connection, marked in the
log and the session, and changeable in the UI's Faults tab while the host's traffic flows. With --url,
the faults act on the host's POSTs (and close-stream on the server's SSE streams); reorder, and the
message actions toward the host, act in a tapped command only.

Claude Desktop / Cursor (mcpServers):
  "my-server": { "command": "npx", "args": ["-y", "mcp-inspect", "tap", "--", "node", "/path/to/server.js"] }
VS Code (.vscode/mcp.json, servers):
  "my-server": { "type": "stdio", "command": "npx", "args": ["-y", "mcp-inspect", "tap", "--", "node", "\${workspaceFolder}/server.js"] }

${formatOptionHelp(TAP_COMMAND, [OPTIONS_GROUP, INSPECTOR_GROUP, SESSIONS_GROUP, FAULTS_GROUP])}
Exit codes:
  the server's own exit code (stdio; 128 + the signal's number if a signal ended it)
  0  the reverse proxy was stopped (--url)
  1  the --listen address cannot be bound
  2  usage error
`;
}
