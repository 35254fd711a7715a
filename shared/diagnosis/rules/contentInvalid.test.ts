import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { contentInvalidRule } from './contentInvalid';
import { resultSchemaRule } from './resultSchema';

function findings(method: string, result: Record<string, unknown>, params: Record<string, unknown> = {}) {
  const stream = new StreamBuilder();
  stream.handshake();
  const request = stream.clientRequest(1, method, params);
  const response = stream.serverResult(1, result);
  return { found: diagnose(stream.events, [contentInvalidRule, resultSchemaRule]), request, response };
}

const PNG_BASE64 = 'iVBORw0KGgo=';

describe('content-invalid', () => {
  it('reports unknown block types, bad base64 and a missing mimeType, pointing at the request and the result', () => {
    const { found, request, response } = findings('tools/call', {
      content: [
        { type: 'text', text: 'ok' },
        { type: 'video', url: 'x' },
        { type: 'image', data: 'not base64!', mimeType: 'image/png' },
        { type: 'audio', data: PNG_BASE64 },
        { type: 'image', data: 'aGk', mimeType: 'png' },
      ],
    }, { name: 'draw' });
    expect(found.map((finding) => finding.ruleId)).toEqual(['content-invalid', 'content-invalid', 'content-invalid', 'content-invalid']);
    expect(found.map((finding) => finding.message)).toEqual([
      expect.stringContaining('result.content[1]: type "video" is not a content type'),
      expect.stringContaining('result.content[2]: data is not valid base64 (it contains " !")'),
      expect.stringContaining('result.content[3]: mimeType is missing'),
      expect.stringMatching(/result\.content\[4\]: data is not valid base64 \(it has the wrong length or padding\); mimeType "png" is not a MIME type/),
    ]);
    expect(found[0]?.seqs).toEqual([request, response]);
  });

  it('checks resource contents of reads and embedded resources, and prompt messages', () => {
    const read = findings('resources/read', { contents: [{ uri: 'file:///a', blob: 'a b' }, { uri: 'file:///a', text: 'x', blob: 'eA==' }, { uri: 'file:///a' }] }, { uri: 'file:///a' });
    expect(read.found.map((finding) => finding.message)).toEqual([
      expect.stringContaining('result.contents[0]: blob is not valid base64'),
      expect.stringContaining('result.contents[1]: has both text and blob'),
      expect.stringContaining('result.contents[2]: has neither text nor blob'),
    ]);
    const embedded = findings('tools/call', { content: [{ type: 'resource', resource: { uri: 'file:///a', blob: '@@' } }] }, { name: 'x' });
    expect(embedded.found.map((finding) => finding.message)).toEqual([expect.stringContaining('result.content[0].resource: blob is not valid base64')]);
    const prompt = findings('prompts/get', { messages: [{ role: 'user', content: { type: 'image', data: PNG_BASE64 } }] }, { name: 'p' });
    expect(prompt.found.map((finding) => finding.message)).toEqual([expect.stringContaining('result.messages[0].content: mimeType is missing')]);
  });

  it('leaves what it does not check (annotations) to result-schema, and each broken block is one finding', () => {
    const { found } = findings('tools/call', { content: [{ type: 'text', text: 'x', annotations: { priority: 7 } }, { type: 'image', data: '!!', mimeType: 'image/png' }] }, { name: 'x' });
    expect(found.map((finding) => [finding.ruleId, finding.message])).toEqual([
      ['content-invalid', expect.stringContaining('result.content[1]: data is not valid base64')],
      ['result-schema', expect.stringContaining('result.content[0].annotations.priority')],
    ]);
  });

  it('accepts valid content of every type', () => {
    const { found } = findings('tools/call', {
      content: [
        { type: 'text', text: '' },
        { type: 'image', data: PNG_BASE64, mimeType: 'image/png' },
        { type: 'audio', data: '', mimeType: 'audio/wav; rate=44100' },
        { type: 'resource_link', uri: 'file:///a', name: 'a' },
        { type: 'resource', resource: { uri: 'file:///a', mimeType: 'text/plain', text: 'hi' } },
      ],
    }, { name: 'x' });
    expect(found).toEqual([]);
  });
});
