import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { READ_ONLY_TAB_METHODS, SeenAnswers } from './SeenAnswers';

/** Feeds one request and its answer; `result` is what the answer carries. */
function exchange(answers: SeenAnswers, seq: number, method: string, params: Record<string, unknown>, result: unknown): void {
  const base = { connectionId: 'c1', time: seq, kind: 'message' as const, size: 0 };
  const events: RecordedEvent[] = [
    { ...base, seq, direction: 'outgoing', message: { jsonrpc: '2.0', id: seq, method, params } },
    { ...base, seq: seq + 1, direction: 'incoming', message: { jsonrpc: '2.0', id: seq, result } },
  ];
  for (const event of events) answers.observe(event);
}

describe('SeenAnswers on a tap', () => {
  it('keeps the latest answers only, letting reads go before the lists the tabs show', () => {
    const answers = new SeenAnswers(READ_ONLY_TAB_METHODS, 3);
    exchange(answers, 1, 'tools/list', {}, { tools: [] });
    exchange(answers, 3, 'resources/read', { uri: 'file:///a' }, { contents: ['a'] });
    exchange(answers, 5, 'resources/read', { uri: 'file:///b' }, { contents: ['b'] });
    exchange(answers, 7, 'resources/read', { uri: 'file:///c' }, { contents: ['c'] });
    expect(answers.answerTo('tools/list', {})).toMatchObject({ ok: true, result: { tools: [] } });
    expect(answers.answerTo('resources/read', { uri: 'file:///a' })).toBeUndefined();
    // Read again, an answer is the latest once more: the next one to go is b's.
    exchange(answers, 9, 'resources/read', { uri: 'file:///b' }, { contents: ['b2'] });
    exchange(answers, 11, 'resources/read', { uri: 'file:///d' }, { contents: ['d'] });
    expect(answers.answerTo('resources/read', { uri: 'file:///b' })).toMatchObject({ result: { contents: ['b2'] } });
    expect(answers.answerTo('resources/read', { uri: 'file:///c' })).toBeUndefined();
    expect(answers.answerTo('tools/list', {})).toBeDefined();
  });

  it('keeps no tool call, whatever the limit', () => {
    const answers = new SeenAnswers(READ_ONLY_TAB_METHODS);
    exchange(answers, 1, 'tools/call', { name: 'echo', arguments: { message: 'x' } }, { content: [] });
    expect(answers.answerTo('tools/call', { name: 'echo', arguments: { message: 'x' } })).toBeUndefined();
  });

  it('keeps every answer of a recording (its file bounds it)', () => {
    const answers = new SeenAnswers();
    for (let i = 0; i < 2_000; i++) exchange(answers, i * 2, 'resources/read', { uri: `file:///${i}` }, { contents: [i] });
    expect(answers.answerTo('resources/read', { uri: 'file:///0' })).toMatchObject({ result: { contents: [0] } });
  });
});
