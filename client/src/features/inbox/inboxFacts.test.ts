import { describe, expect, it } from 'vitest';
import { elicitationMode, elicitationStartValue, openableUrl, requestedSchema, samplingMessages } from './inboxFacts';

describe('inbox facts', () => {
  it('reads sampling messages with single or multiple content blocks', () => {
    const text = { type: 'text', text: 'hi' };
    expect(samplingMessages({ messages: [{ role: 'user', content: text }, { role: 'assistant', content: [text, text] }, 'junk'] })).toEqual([
      { role: 'user', blocks: [text] },
      { role: 'assistant', blocks: [text, text] },
      { role: '(no role)', blocks: [undefined] },
    ]);
    expect(samplingMessages({})).toEqual([]);
  });

  it('takes form mode when the mode is absent', () => {
    expect(elicitationMode({})).toBe('form');
    expect(elicitationMode({ mode: 'url' })).toBe('url');
  });

  it('opens only http(s) URLs', () => {
    expect(openableUrl('https://example.com/a')).toBe('https://example.com/a');
    expect(openableUrl('http://127.0.0.1:1/')).toBe('http://127.0.0.1:1/');
    expect(openableUrl('javascript:alert(1)')).toBeUndefined();
    expect(openableUrl('file:///etc/passwd')).toBeUndefined();
    expect(openableUrl('not a url')).toBeUndefined();
    expect(openableUrl(42)).toBeUndefined();
  });

  it('starts a form elicitation with its defaults as values and every boolean unticked', () => {
    const schema = requestedSchema({
      requestedSchema: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          check: { type: 'boolean' },
          subscribe: { type: 'boolean', default: true },
          firstLine: { type: 'string', default: 'It was a dark and stormy night.' },
          integer: { type: 'integer', default: 42 },
        },
        required: ['name'],
      },
    });
    expect(elicitationStartValue(schema)).toEqual({ check: false, subscribe: true, firstLine: 'It was a dark and stormy night.', integer: 42 });
    expect(elicitationStartValue(requestedSchema({ requestedSchema: 'junk' }))).toEqual({});
  });
});
