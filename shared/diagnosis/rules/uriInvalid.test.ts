import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { uriInvalidRule } from './uriInvalid';

function findings(method: string, result: Record<string, unknown>, params: Record<string, unknown> = {}) {
  const stream = new StreamBuilder();
  stream.handshake({ serverCapabilities: { resources: {}, tools: {} } });
  stream.clientRequest(1, method, params);
  stream.serverResult(1, result);
  return diagnose(stream.events, [uriInvalidRule]);
}

describe('uri-invalid', () => {
  it('reports listed URIs without a scheme or with characters a URI cannot hold', () => {
    const found = findings('resources/list', {
      resources: [
        { uri: 'file:///notes/a.md', name: 'ok' },
        { uri: 'notes/a.md', name: 'relative' },
        { uri: 'file:///my notes.md', name: 'space' },
        { uri: 'file:///caf%C3%A9.md', name: 'escaped' },
        { uri: 'file:///café.md', name: 'iri' },
        { uri: 'demo://x/%zz', name: 'bad escape' },
      ],
    });
    expect(found.map((finding) => [finding.severity, finding.message])).toEqual([
      ['error', expect.stringContaining('"notes/a.md" at result.resources[1].uri in the result of resources/list (id 1) has no scheme')],
      ['error', expect.stringContaining('contains " ", which a URI cannot contain unescaped')],
      ['warning', expect.stringContaining('contains "é", which must be percent-encoded')],
      ['error', expect.stringContaining('has a "%" that does not start a percent-escape')],
    ]);
  });

  it('checks URI templates, read contents and resource links', () => {
    const templates = findings('resources/templates/list', {
      resourceTemplates: [
        { uriTemplate: 'demo://item/{id}', name: 'ok' },
        { uriTemplate: 'demo://item/{id', name: 'open' },
        { uriTemplate: 'item/{id}', name: 'relative' },
        { uriTemplate: 'demo://item/{a b}', name: 'expression' },
        { uriTemplate: 'https://example.com/search{?q,lang}', name: 'query' },
      ],
    });
    expect(templates.map((finding) => finding.message)).toEqual([
      expect.stringContaining('"demo://item/{id" at result.resourceTemplates[1].uriTemplate'),
      expect.stringContaining('has no scheme'),
      expect.stringContaining('has an invalid expression {a b}'),
    ]);
    const read = findings('resources/read', { contents: [{ uri: 'a b', text: 'x' }] }, { uri: 'a b' });
    expect(read.map((finding) => finding.message)).toEqual([expect.stringContaining('result.contents[0].uri')]);
    const links = findings('tools/call', { content: [{ type: 'resource_link', uri: 'no-scheme', name: 'x' }, { type: 'text', text: 'not a uri' }] }, { name: 't' });
    expect(links.map((finding) => finding.message)).toEqual([expect.stringContaining('result.content[0].uri')]);
  });
});
