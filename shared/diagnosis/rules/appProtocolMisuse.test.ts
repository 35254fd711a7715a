import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { appProtocolMisuseRule } from './appProtocolMisuse';

const uri = 'ui://get-time/mcp-app.html';
const app = `The app "${uri}"`;
const tools = [
  { name: 'get-time', inputSchema: { type: 'object' }, _meta: { ui: { resourceUri: uri } } },
  { name: 'poll', inputSchema: { type: 'object' }, _meta: { ui: { resourceUri: uri, visibility: ['app'] } } },
  { name: 'model-only', inputSchema: { type: 'object' }, _meta: { ui: { visibility: ['model'] } } },
];
const initialize = { appInfo: { name: 'demo', version: '1.0.0' }, appCapabilities: {}, protocolVersion: '2026-01-26' };

/** A server with app tools, and an app rendered through the sandbox proxy up to its initialized handshake. */
function renderedApp() {
  const built = new StreamBuilder();
  built.handshake({ serverCapabilities: { tools: {}, resources: {} } });
  built.clientRequest(1, 'tools/list');
  built.serverResult(1, { tools });
  const fromApp = (message: Record<string, unknown>) => built.app('from-app', uri, { jsonrpc: '2.0', ...message });
  const toApp = (message: Record<string, unknown>) => built.app('to-app', uri, { jsonrpc: '2.0', ...message });
  fromApp({ method: 'ui/notifications/sandbox-proxy-ready', params: {} });
  toApp({ method: 'ui/notifications/sandbox-resource-ready', params: { html: 2048 } });
  return { built, fromApp, toApp };
}

function initialized() {
  const rendered = renderedApp();
  rendered.fromApp({ id: 0, method: 'ui/initialize', params: initialize });
  rendered.toApp({ id: 0, result: { protocolVersion: '2026-01-26', hostInfo: { name: 'mcp-inspect', version: '1' }, hostCapabilities: {}, hostContext: { availableDisplayModes: ['inline', 'fullscreen'] } } });
  rendered.fromApp({ method: 'ui/notifications/initialized', params: {} });
  return rendered;
}

const messagesOf = (built: StreamBuilder) => diagnose(built.events, [appProtocolMisuseRule]).map((finding) => [finding.severity, finding.message]);

describe('app-protocol-misuse', () => {
  it('finds nothing in a correct app: handshake, the View → Host messages, answers to the host, a reload that starts its ids over', () => {
    const { built, fromApp, toApp } = initialized();
    fromApp({ method: 'ui/notifications/size-changed', params: { width: 400, height: 300 } });
    toApp({ method: 'ui/notifications/tool-input', params: { arguments: {} } });
    toApp({ method: 'ui/notifications/tool-result', params: { content: [{ type: 'text', text: 'noon' }] } });
    fromApp({ id: 1, method: 'tools/call', params: { name: 'get-time', arguments: {} } });
    fromApp({ id: 2, method: 'tools/call', params: { name: 'poll' } });
    toApp({ id: 1, result: { content: [] } });
    toApp({ id: 2, error: { code: -32603, message: 'failed' } });
    fromApp({ id: 1, method: 'resources/read', params: { uri } }); // an answered id may come again: only a pending one may not
    toApp({ id: 1, result: { contents: [] } });
    fromApp({ method: 'notifications/message', params: { level: 'info', data: 'hello' } });
    fromApp({ id: 3, method: 'ui/open-link', params: { url: 'https://example.com' } });
    fromApp({ id: 4, method: 'ui/message', params: { role: 'user', content: [{ type: 'text', text: 'hi' }] } });
    fromApp({ id: 5, method: 'ui/update-model-context', params: { structuredContent: { a: 1 } } });
    fromApp({ id: 6, method: 'ui/request-display-mode', params: { mode: 'fullscreen' } });
    fromApp({ id: 7, method: 'ping' });
    fromApp({ id: 8, method: 'ui/download-file', params: {} }); // a later draft's method: not this spec's to judge
    toApp({ id: 0, method: 'ui/resource-teardown', params: {} });
    fromApp({ id: 0, result: {} });
    // Reloaded: a new View starts over with id 0 while the old one's requests were never answered.
    fromApp({ id: 0, method: 'ui/initialize', params: initialize });
    toApp({ id: 0, result: { protocolVersion: '2026-01-26', hostInfo: { name: 'mcp-inspect', version: '1' }, hostCapabilities: {}, hostContext: {} } });
    fromApp({ id: 1, method: 'tools/call', params: { name: 'get-time' } });
    expect(messagesOf(built)).toEqual([]);
  });

  it('reports a request before the host answered ui/initialize (a warning), but not a ping or a notification', () => {
    const { built, fromApp } = renderedApp();
    fromApp({ method: 'ui/notifications/size-changed', params: { width: 1, height: 1 } });
    fromApp({ id: 0, method: 'ping' });
    fromApp({ id: 1, method: 'tools/call', params: { name: 'get-time' } });
    fromApp({ id: 2, method: 'ui/initialize', params: initialize });
    fromApp({ id: 3, method: 'resources/read', params: { uri } });
    expect(messagesOf(built)).toEqual([
      ['warning', `${app} sent tools/call (id 1) before the host answered its ui/initialize: a View starts with the ui/initialize handshake and should send no other request (but ping) until it is answered.`],
      ['warning', `${app} sent resources/read (id 3) before the host answered its ui/initialize: a View starts with the ui/initialize handshake and should send no other request (but ping) until it is answered.`],
    ]);
  });

  it('reports a message the spec defines only from the host to the View', () => {
    const { built, fromApp } = initialized();
    fromApp({ method: 'ui/notifications/tool-result', params: { content: [] } });
    fromApp({ id: 9, method: 'ui/resource-teardown', params: {} });
    expect(messagesOf(built)).toEqual([
      ['error', `${app} sent ui/notifications/tool-result, which the spec defines only from the host to the View: an app must not send it.`],
      ['error', `${app} sent ui/resource-teardown (id 9), which the spec defines only from the host to the View: an app must not send it.`],
    ]);
  });

  it("reports params that do not match the official schema, ui/initialize's appCapabilities included", () => {
    const { built, fromApp } = renderedApp();
    const seq = fromApp({ id: 0, method: 'ui/initialize', params: { appInfo: { name: 'demo', version: '1' }, protocolVersion: '2026-01-26' } });
    fromApp({ method: 'ui/notifications/size-changed', params: { width: 'wide' } });
    const found = diagnose(built.events, [appProtocolMisuseRule]);
    expect(found.map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^The app "ui:\/\/get-time\/mcp-app\.html" sent ui\/initialize \(id 0\), which does not match the spec's schema: params\.appCapabilities /),
      expect.stringMatching(/^The app "ui:\/\/get-time\/mcp-app\.html" sent ui\/notifications\/size-changed, which does not match the spec's schema: params\.width /),
    ]);
    expect(found[0]).toMatchObject({ ruleId: 'app-protocol-misuse', severity: 'error', seqs: [seq], specSection: expect.stringContaining('apps.mdx#communication-protocol') });
    expect(found[0]!.cause).toBeUndefined();
  });

  it('reports an id reused while the request that had it is unanswered', () => {
    const { built, fromApp } = initialized();
    fromApp({ id: 4, method: 'ui/open-link', params: { url: 'https://example.com' } });
    fromApp({ id: 4, method: 'tools/call', params: { name: 'get-time' } });
    expect(messagesOf(built)).toEqual([['error', `${app} sent tools/call (id 4) while its ui/open-link request with the same id was still unanswered: a request id must not be reused.`]]);
  });

  it('reports a tools/call of a tool whose visibility leaves out "app"', () => {
    const { built, fromApp } = initialized();
    fromApp({ id: 1, method: 'tools/call', params: { name: 'model-only' } });
    fromApp({ id: 2, method: 'tools/call', params: { name: 'not-listed' } });
    expect(messagesOf(built)).toEqual([
      ['error', `${app} sent tools/call (id 1) of tool "model-only", whose visibility ["model"] leaves out "app": only tools visible to apps may be called from one, and the host must refuse it.`],
    ]);
  });

  it('reports a display mode the host does not offer, as it said in ui/initialize and later host context', () => {
    const { built, fromApp, toApp } = initialized();
    fromApp({ id: 1, method: 'ui/request-display-mode', params: { mode: 'pip' } });
    toApp({ method: 'ui/notifications/host-context-changed', params: { availableDisplayModes: ['inline', 'pip'] } });
    fromApp({ id: 2, method: 'ui/request-display-mode', params: { mode: 'pip' } });
    expect(messagesOf(built)).toEqual([
      ['error', `${app} sent ui/request-display-mode (id 1) for mode "pip", which the host does not offer (["inline","fullscreen"]): a View must check the host context's availableDisplayModes first.`],
    ]);
  });

  it('reports a message that is not JSON-RPC', () => {
    const built = new StreamBuilder();
    built.app('from-app', uri, { hello: 'host' });
    expect(messagesOf(built)).toEqual([['error', `${app} sent {"hello":"host"}, which is not a JSON-RPC 2.0 message: an app talks to its host in JSON-RPC only.`]]);
  });
});
