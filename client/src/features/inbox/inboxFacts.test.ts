import { describe, expect, it } from 'vitest';
import { elicitationMode, openableUrl, samplingMessages } from './inboxFacts';

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
});
