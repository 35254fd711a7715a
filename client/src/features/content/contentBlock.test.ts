import { describe, expect, it } from 'vitest';
import { isMarkdownMime, isTextualMime, LARGE_TEXT_CHARS, readBlockExtras, readContentBlock, utf8Bytes } from './contentBlock';

describe('readContentBlock', () => {
  it('reads text, detecting JSON objects and arrays', () => {
    expect(readContentBlock({ type: 'text', text: 'hello' })).toEqual({ type: 'text', text: 'hello', json: undefined });
    expect(readContentBlock({ type: 'text', text: ' {"a":1} ' })).toMatchObject({ type: 'text', json: { a: 1 } });
    expect(readContentBlock({ type: 'text', text: '{not json' })).toMatchObject({ json: undefined });
  });

  it('reads images and audio into data URLs with their decoded size', () => {
    expect(readContentBlock({ type: 'image', data: 'AAAA', mimeType: 'image/png' })).toEqual({
      type: 'image',
      mimeType: 'image/png',
      dataUrl: 'data:image/png;base64,AAAA',
      bytes: 3,
    });
    expect(readContentBlock({ type: 'audio', data: 'AA==', mimeType: 'audio/wav' })).toMatchObject({ type: 'audio', bytes: 1 });
  });

  it('flags media with bad data or a wrong mime type instead of rendering it', () => {
    expect(readContentBlock({ type: 'image', data: 'not base64!', mimeType: 'image/png' })).toMatchObject({ type: 'unknown' });
    expect(readContentBlock({ type: 'image', data: 'AAAA', mimeType: 'text/html' })).toMatchObject({ type: 'unknown' });
    expect(readContentBlock({ type: 'image', data: 'AAAA' })).toMatchObject({ type: 'unknown' });
  });

  it('reads resource links and embedded resources', () => {
    expect(readContentBlock({ type: 'resource_link', uri: 'demo://a', name: 'a', size: 3 })).toEqual({ type: 'resource_link', uri: 'demo://a', name: 'a' });
    expect(readContentBlock({ type: 'resource', resource: { uri: 'demo://t', mimeType: 'text/plain', text: 'hi' } })).toEqual({
      type: 'resource',
      uri: 'demo://t',
      mimeType: 'text/plain',
      text: 'hi',
    });
    expect(readContentBlock({ type: 'resource', resource: { uri: 'demo://b', blob: 'AAAA' } })).toMatchObject({ blobBytes: 3 });
  });

  it('decodes a base64 blob of a textual MIME type, and keeps it downloadable', () => {
    const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
    const plain = readContentBlock({ type: 'resource', resource: { uri: 'demo://b/1', mimeType: 'text/plain', blob: base64('Resource 1: café') } });
    expect(plain).toMatchObject({ text: 'Resource 1: café', decodedBlob: true, blobBytes: 17 });
    expect(plain).toHaveProperty('blobDataUrl', `data:text/plain;base64,${base64('Resource 1: café')}`);
    const json = readContentBlock({ type: 'resource', resource: { uri: 'demo://j', mimeType: 'application/vnd.api+json', blob: base64('{"a":[1,2]}') } });
    expect(json).toMatchObject({ json: { a: [1, 2] }, decodedBlob: true });
    const xml = readContentBlock({ type: 'resource', resource: { uri: 'demo://x', mimeType: 'application/xml; charset=utf-8', blob: base64('<a><b/></a>') } });
    expect(xml).toMatchObject({ text: '<a><b/></a>', decodedBlob: true });
    // Not text: bytes that are not UTF-8, a binary MIME type, or none.
    expect(readContentBlock({ type: 'resource', resource: { uri: 'demo://bad', mimeType: 'text/plain', blob: '//79/A==' } })).not.toHaveProperty('text');
    expect(readContentBlock({ type: 'resource', resource: { uri: 'demo://png', mimeType: 'image/png', blob: base64('abc') } })).not.toHaveProperty('text');
    expect(readContentBlock({ type: 'resource', resource: { uri: 'demo://none', blob: base64('abc') } })).not.toHaveProperty('text');
    expect(isTextualMime('application/octet-stream')).toBe(false);
    expect(isTextualMime('application/x-yaml')).toBe(true);
    expect(isTextualMime('image/svg+xml')).toBe(false);
  });

  it('marks markdown texts, whatever the spelling of their mime type', () => {
    expect(readContentBlock({ type: 'resource', resource: { uri: 'demo://m', mimeType: 'text/markdown', text: '# T' } })).toMatchObject({ text: '# T', markdown: true });
    expect(readContentBlock({ type: 'resource', resource: { uri: 'demo://p', mimeType: 'text/plain', text: '# T' } })).not.toHaveProperty('markdown');
    expect(isMarkdownMime('Text/Markdown; charset=utf-8')).toBe(true);
    expect(isMarkdownMime('text/x-markdown')).toBe(true);
    expect(isMarkdownMime('text/markdownish')).toBe(false);
    expect(isMarkdownMime(undefined)).toBe(false);
  });

  it('keeps unknown types and non-objects raw, with the reason', () => {
    expect(readContentBlock({ type: 'hologram' })).toEqual({ type: 'unknown', reason: 'unknown content type "hologram"', raw: { type: 'hologram' } });
    expect(readContentBlock('text')).toMatchObject({ type: 'unknown', reason: 'not an object' });
  });

  it('does not parse a large text as JSON up front', () => {
    const big = JSON.stringify(Array.from({ length: LARGE_TEXT_CHARS / 4 }, (_, i) => i));
    expect(big.length).toBeGreaterThan(LARGE_TEXT_CHARS);
    expect(readContentBlock({ type: 'text', text: big })).toMatchObject({ type: 'text', json: undefined });
  });
});

describe('readBlockExtras', () => {
  it('reads MCP annotations, keeps unknown ones apart, and passes _meta through', () => {
    const block = { type: 'text', text: 'x', annotations: { audience: ['user'], priority: 0.5, lastModified: '2025-01-01T00:00:00Z', mood: 'sunny' }, _meta: { a: 1 } };
    expect(readBlockExtras(block)).toEqual({
      audience: ['user'],
      priority: 0.5,
      lastModified: '2025-01-01T00:00:00Z',
      otherAnnotations: { mood: 'sunny' },
      meta: { a: 1 },
    });
    expect(readBlockExtras({ type: 'text', text: 'x', annotations: 'nonsense' })).toEqual({});
    expect(readBlockExtras(null)).toEqual({});
  });
});

describe('sizes', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Bytes('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
});
