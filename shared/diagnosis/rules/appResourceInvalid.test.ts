import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { appResourceInvalidRule } from './appResourceInvalid';

const uri = 'ui://get-time/mcp-app.html';
const appTool = (resourceUri: string) => ({ name: 'get-time', inputSchema: { type: 'object' }, _meta: { ui: { resourceUri } } });

function stream(resourceUri = uri) {
  const built = new StreamBuilder();
  built.handshake({ serverCapabilities: { tools: {}, resources: {} } });
  built.clientRequest(1, 'tools/list');
  built.serverResult(1, { tools: [appTool(resourceUri), { name: 'plain', inputSchema: { type: 'object' } }] });
  return built;
}

describe('app-resource-invalid', () => {
  it('accepts a declared ui:// resource read as text/html;profile=mcp-app', () => {
    const built = stream();
    built.clientRequest(2, 'resources/read', { uri });
    built.serverResult(2, { contents: [{ uri, mimeType: 'text/html;profile=mcp-app', text: '<p>app</p>' }] });
    expect(diagnose(built.events, [appResourceInvalidRule])).toEqual([]);
  });

  it('reports an app resource the server cannot read', () => {
    const built = stream();
    const request = built.clientRequest(2, 'resources/read', { uri });
    const response = built.serverError(2, -32002, 'Resource not found');
    expect(diagnose(built.events, [appResourceInvalidRule])).toEqual([
      expect.objectContaining({ severity: 'error', seqs: [request, response], message: `resources/read (id 2) of the app resource "${uri}" (the UI of tool "get-time") failed: "Resource not found". The app cannot be rendered.` }),
    ]);
  });

  it('reports an app resource of another MIME type', () => {
    const built = stream();
    built.clientRequest(2, 'resources/read', { uri });
    built.serverResult(2, { contents: [{ uri, mimeType: 'text/html', text: '<p>app</p>' }] });
    expect(diagnose(built.events, [appResourceInvalidRule])).toEqual([expect.objectContaining({ message: `The app resource "${uri}" (the UI of tool "get-time") has MIME type "text/html", not "text/html;profile=mcp-app".` })]);
  });

  it('reports a declared UI that is not a ui:// resource, and ignores reads of other resources', () => {
    const built = stream('https://example.com/app.html');
    built.clientRequest(2, 'resources/read', { uri: 'demo://text' });
    built.serverResult(2, { contents: [{ uri: 'demo://text', mimeType: 'text/plain', text: 'x' }] });
    const found = diagnose(built.events, [appResourceInvalidRule]);
    expect(found.map((finding) => finding.message)).toEqual(['Tool "get-time" declares its UI at "https://example.com/app.html": an app resource must use the ui:// scheme.']);
  });
});
