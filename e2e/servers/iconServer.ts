// A fixture server whose serverInfo declares an icon at the URL given by `--icon-url` (in the tests,
// a recorder on another loopback port), to prove the Handshake tab loads it only on a click and
// that the request carries no inspector token.
import { McpServer } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const flag = process.argv.indexOf('--icon-url');
const iconUrl = flag === -1 ? undefined : process.argv[flag + 1];
if (!iconUrl) {
  process.stderr.write('usage: iconServer --icon-url <http URL>\n');
  process.exit(2);
}

const server = new McpServer({ name: 'icon-fixture', version: '1.0.0', icons: [{ src: iconUrl, mimeType: 'image/png', sizes: ['16x16'] }] });
await server.connect(new StdioServerTransport());
process.stderr.write('icon-fixture ready\n');
