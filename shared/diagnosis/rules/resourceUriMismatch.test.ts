import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { resourceUriMismatchRule } from './resourceUriMismatch';

function read(asked: string, uris: string[]) {
  const stream = new StreamBuilder();
  stream.handshake({ serverCapabilities: { resources: {} } });
  const request = stream.clientRequest(1, 'resources/read', { uri: asked });
  const response = stream.serverResult(1, { contents: uris.map((uri) => ({ uri, text: 'x' })) });
  return { found: diagnose(stream.events, [resourceUriMismatchRule]), request, response };
}

describe('resource-uri-mismatch', () => {
  it('reports a read whose contents all carry another URI', () => {
    const { found, request, response } = read('demo://a', ['demo://b']);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', seqs: [request, response], message: 'resources/read (id 1) asked for "demo://a" but the contents carry "demo://b".' })]);
  });

  it('accepts the asked URI (scheme case aside) and a resource that expands into several contents', () => {
    expect(read('demo://a', ['demo://a']).found).toEqual([]);
    expect(read('DEMO://a', ['demo://a']).found).toEqual([]);
    expect(read('file:///dir', ['file:///dir', 'file:///dir/a', 'file:///dir/b']).found).toEqual([]);
  });
});
