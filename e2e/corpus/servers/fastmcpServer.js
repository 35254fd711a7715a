// A small unit-conversion server on FastMCP (punkpeye/fastmcp, its own server layer over the SDK):
// tools (one logs and reports progress), a resource, a resource template and a prompt.
// `node fastmcpServer.js [stdio|http <port>]`; over HTTP it serves Streamable HTTP on /mcp.
import { FastMCP } from 'fastmcp';
import { z } from 'zod';

const metresPer = { m: 1, km: 1000, mi: 1609.344, ft: 0.3048 };

const server = new FastMCP({ name: 'corpus-fastmcp', version: '1.0.0' });

server.addTool({
  name: 'convert_length',
  description: 'Convert a length between metres, kilometres, miles and feet',
  parameters: z.object({
    value: z.number().describe('The length to convert'),
    from: z.enum(['m', 'km', 'mi', 'ft']).default('km'),
    to: z.enum(['m', 'km', 'mi', 'ft']).default('mi'),
  }),
  annotations: { readOnlyHint: true, title: 'Convert a length' },
  execute: async ({ value, from, to }, { log, reportProgress }) => {
    log.info('converting', { from, to });
    await reportProgress({ progress: 1, total: 1 });
    return `${value} ${from} = ${((value * metresPer[from]) / metresPer[to]).toFixed(4)} ${to}`;
  },
});

server.addTool({
  name: 'list_units',
  description: 'List the units convert_length knows',
  parameters: z.object({}),
  execute: async () => Object.keys(metresPer).join(', '),
});

server.addResource({
  uri: 'units://table',
  name: 'Unit table',
  mimeType: 'application/json',
  async load() {
    return { text: JSON.stringify(metresPer) };
  },
});

server.addResourceTemplate({
  uriTemplate: 'units://{unit}',
  name: 'One unit',
  mimeType: 'text/plain',
  arguments: [{ name: 'unit', description: 'A unit symbol (m, km, mi, ft)', required: true }],
  async load({ unit }) {
    return { text: `1 ${unit} = ${metresPer[unit] ?? '?'} m` };
  },
});

server.addPrompt({
  name: 'explain_unit',
  description: 'Ask the model to explain where a unit comes from',
  arguments: [{ name: 'unit', description: 'A unit symbol', required: true }],
  load: async ({ unit }) => `Explain the history of the unit "${unit}".`,
});

const [mode = 'stdio', port = '8080'] = process.argv.slice(2);
if (mode === 'http') {
  await server.start({ transportType: 'httpStream', httpStream: { port: Number(port), host: '127.0.0.1', endpoint: '/mcp' } });
} else {
  await server.start({ transportType: 'stdio' });
}
