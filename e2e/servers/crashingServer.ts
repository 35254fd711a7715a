// A fixture server that exits with code 3 in the middle of a session, after saying why on stderr:
// when its `crash` tool is called (mid-request), or `--exit-after-ms N` after it was initialized; or,
// with `--exit-at-start`, before it reads anything (a server that fails to start, e.g. a missing setting),
// its fatal line coloured as loggers do on a terminal (chalk, pino-pretty).
// The inspector must show it as exited with that code and those stderr lines, as a terminal shows them.
import { McpServer } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import { z } from 'zod';

if (process.argv.includes('--exit-at-start')) {
  process.stderr.write('crashing-fixture: reading its settings\n');
  process.stderr.write('\u001b[31mfatal:\u001b[39m CRASHING_FIXTURE_API_KEY is not set, exiting with code \u001b[1m3\u001b[22m\n');
  process.exit(3);
}

const server = new McpServer({ name: 'crashing-fixture', version: '1.0.0' });

server.registerTool('crash', { description: 'Exits the server process with code 3', inputSchema: z.object({}) }, async () => {
  process.stderr.write('fatal: crash tool called, exiting with code 3\n');
  setTimeout(() => process.exit(3), 10);
  return new Promise(() => {});
});

server.registerTool('echo', { description: 'Echoes its message', inputSchema: z.object({ message: z.string() }) }, async ({ message }) => ({
  content: [{ type: 'text', text: message }],
}));

const exitAfterFlag = process.argv.indexOf('--exit-after-ms');
if (exitAfterFlag !== -1) {
  const delayMs = Number(process.argv[exitAfterFlag + 1]);
  server.server.oninitialized = () => {
    setTimeout(() => {
      process.stderr.write(`fatal: giving up after ${delayMs} ms, exiting with code 3\n`);
      process.exit(3);
    }, delayMs);
  };
}

await server.connect(new StdioServerTransport());
process.stderr.write('crashing-fixture ready\n');
