// Breaks app-protocol-misuse (official SDK, low-level Server): a tool's MCP App, served correctly, whose
// HTML speaks raw JSON-RPC over postMessage (as the spec allows) the way the spec forbids: a request before
// its ui/initialize, a tools/call of a model-only tool, a host-only notification, a ui/open-link without
// its url, and a request id reused while the first request is in flight. `check` renders no app, so only
// a browser shows it (e2e/apps.spec.ts).
import { Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const uri = 'ui://clock/app.html';
const mimeType = 'text/html;profile=mcp-app';

// Each send is one postMessage to the sandbox proxy, which relays it to the host.
const appScript = `
const send = (message) => window.parent.postMessage({ jsonrpc: '2.0', ...message }, '*');
window.addEventListener('message', (event) => {
  if (event.data?.id !== 2 || !event.data.result) return;
  send({ method: 'ui/notifications/initialized', params: {} });
  document.getElementById('state').textContent = 'initialized';
  send({ id: 3, method: 'tools/call', params: { name: 'reset-clock', arguments: {} } });
  send({ method: 'ui/notifications/tool-result', params: { content: [{ type: 'text', text: 'from the app' }] } });
  send({ id: 4, method: 'ui/open-link', params: { href: 'https://example.com/' } });
  send({ id: 5, method: 'tools/call', params: { name: 'show-clock', arguments: {} } });
  send({ id: 5, method: 'tools/call', params: { name: 'show-clock', arguments: {} } });
});
send({ id: 1, method: 'tools/call', params: { name: 'show-clock', arguments: {} } });
send({ id: 2, method: 'ui/initialize', params: { appInfo: { name: 'misbehaving-clock', version: '1.0.0' }, appCapabilities: {}, protocolVersion: '2026-01-26' } });
`;
const html = `<!doctype html><html><head><meta charset="utf-8"><title>Clock</title></head>
<body><p>Misbehaving clock: <span id="state">starting</span></p><script>${appScript}</script></body></html>`;

const server = new Server({ name: 'rule-app-protocol-misuse', version: '1.0.0' }, { capabilities: { tools: {}, resources: {} } });
server.setRequestHandler('tools/list', () => ({
  tools: [
    { name: 'show-clock', inputSchema: { type: 'object' }, _meta: { ui: { resourceUri: uri } } },
    { name: 'reset-clock', inputSchema: { type: 'object' }, _meta: { ui: { resourceUri: uri, visibility: ['model'] } } },
  ],
}));
server.setRequestHandler('tools/call', () => ({ content: [{ type: 'text', text: new Date().toISOString() }] }));
server.setRequestHandler('resources/list', () => ({ resources: [{ uri, name: 'clock', mimeType }] }));
server.setRequestHandler('resources/templates/list', () => ({ resourceTemplates: [] }));
server.setRequestHandler('resources/read', () => ({ contents: [{ uri, mimeType, text: html }] }));
await server.connect(new StdioServerTransport());
