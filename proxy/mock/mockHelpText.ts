// The text of `mcp-inspect mock --help`: prose around the option section of mock's option table.
import { MOCK_COMMAND, OPTIONS_GROUP } from '../../shared/options/commandTables';
import { formatOptionHelp } from '../../shared/options/optionTable';

export function mockHelpText(): string {
  return `Usage:
  mcp-inspect mock [options] FILE                               an MCP server on stdio
  mcp-inspect mock [options] FILE --url-listen 127.0.0.1:PORT   at http://127.0.0.1:PORT/mcp

Serves a recorded session as an MCP server, to test a client against a recorded server. initialize
gets the recorded handshake (protocol version, capabilities, serverInfo, instructions; a client that
asks for another version gets the recorded one and decides), ping gets {}, and every other request
the answer the recorded server gave to the same method and params: key order and _meta (progress
tokens) do not count, and when nothing matches exactly, neither do the volatile fields replay
ignores (dates, uuids, generated ids). List pages are answered by cursor as recorded. The same
request recorded several times gets its recorded answers in order, then the last one again.
Anything else gets a JSON-RPC error that names what was not recorded: -32601 for a method the
recorded client never sent, -32602 for other params (another tool's arguments, a cursor never
seen), -32603 for a request recorded but never answered. The server's own notifications and
requests are not sent. A replay of a session against its own mock is "same":
  mcp-inspect replay --yes FILE -- mcp-inspect mock FILE

The mock runs nothing the file names (it only answers from it), so it needs no confirmation.
Over stdio, stdout carries protocol messages only; the mock's own messages go to stderr, and it
exits when the client closes its stdin. Over HTTP the URL is printed on stdout once listening, and
the mock serves until it is stopped (Ctrl+C). A damaged file is served as far as it can be read,
with a warning per damaged line.

${formatOptionHelp(MOCK_COMMAND, [OPTIONS_GROUP])}
Exit codes:
  0  the client disconnected (stdio), or the mock was stopped (HTTP: SIGINT, SIGTERM)
  1  the file cannot be read, holds no connection with a handshake, or the address cannot be bound
  2  usage error
`;
}
