import { describe, expect, it } from 'vitest';
import { checkStructuredContent } from './outputSchemaCheck';

const schema = { type: 'object', properties: { temperature: { type: 'number' } }, required: ['temperature'] };

describe('checkStructuredContent', () => {
  it('accepts structured content that fits the output schema', () => {
    expect(checkStructuredContent(schema, { structuredContent: { temperature: 20 } })).toEqual({ verdict: 'valid' });
  });

  it('names what breaks the schema', () => {
    expect(checkStructuredContent(schema, { structuredContent: { temperature: 'warm' } })).toEqual({
      verdict: 'invalid',
      errors: [{ path: '/temperature', message: 'must be number' }],
    });
  });

  it('flags a result without structured content when the tool declares an output schema', () => {
    expect(checkStructuredContent(schema, { content: [] })).toEqual({ verdict: 'missing' });
  });

  it('does not judge tools without an output schema, nor error results', () => {
    expect(checkStructuredContent(undefined, { structuredContent: 1 })).toEqual({ verdict: 'not-applicable' });
    expect(checkStructuredContent(schema, { isError: true, content: [] })).toEqual({ verdict: 'not-applicable' });
  });
});
