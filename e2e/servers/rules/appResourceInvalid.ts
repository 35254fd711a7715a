// Breaks app-resource-invalid (official SDK, low-level Server): a tool declares an MCP App whose ui://
// resource is served as plain text/html, not text/html;profile=mcp-app.
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const uri = 'ui://chart/app.html';
const server = new Server({ name: 'rule-app-resource-invalid', version: '1.0.0' }, { capabilities: { tools: {}, resources: {} } });
server.setRequestHandler('tools/list', () => ({ tools: [{ name: 'show-chart', inputSchema: { type: 'object' }, _meta: { ui: { resourceUri: uri } } }] }));
server.setRequestHandler('tools/call', () => ({ content: [{ type: 'text', text: 'a chart' }] }));
server.setRequestHandler('resources/list', () => ({ resources: [{ uri, name: 'chart', mimeType: 'text/html' }] }));
server.setRequestHandler('resources/templates/list', () => ({ resourceTemplates: [] }));
server.setRequestHandler('resources/read', () => ({ contents: [{ uri, mimeType: 'text/html', text: '<p>chart</p>' }] }));
await server.connect(new StdioServerTransport());
