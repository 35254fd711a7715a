import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { READ_ONLY_TAB_METHODS, SeenAnswers } from './SeenAnswers';

let seq = 0;
const message = (direction: 'outgoing' | 'incoming', body: Record<string, unknown>): RecordedEvent => ({
  kind: 'message',
  direction,
  message: { jsonrpc: '2.0', ...body },
  size: 1,
  seq: ++seq,
  time: seq * 10,
  connectionId: 'c1',
});
const traffic = [
  message('outgoing', { id: 1, method: 'tools/list' }),
  message('incoming', { id: 1, result: { tools: [{ name: 'echo', inputSchema: { type: 'object' } }] } }),
  message('outgoing', { id: 2, method: 'tools/call', params: { name: 'echo', arguments: { message: 'hi' } } }),
  message('incoming', { id: 2, result: { content: [{ type: 'text', text: 'hi' }] } }),
];

describe('SeenAnswers', () => {
  it('keeps every answer by default (a recording: bounded by its file)', () => {
    const answers = new SeenAnswers();
    for (const event of traffic) answers.observe(event);
    expect(answers.answerTo('tools/call', { name: 'echo', arguments: { message: 'hi' } })).toMatchObject({ ok: true, result: { content: [{ text: 'hi' }] } });
  });

  it("keeps only the read-only tabs' lists and reads when told so (a tap: a day of tool results would pile up)", () => {
    const answers = new SeenAnswers(READ_ONLY_TAB_METHODS);
    for (const event of traffic) answers.observe(event);
    expect(answers.answerTo('tools/list', undefined)).toMatchObject({ ok: true, result: { tools: [{ name: 'echo' }] } });
    expect(answers.answerTo('tools/call', { name: 'echo', arguments: { message: 'hi' } })).toBeUndefined();
  });
});
