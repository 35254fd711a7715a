import { describe, expect, it } from 'vitest';
import { DEFAULT_IGNORE_RULES } from './ignoreRules';
import type { ReplayAnswer } from './replayReport';
import { judgeReplay, requestSubject } from './verdict';

const result = (value: unknown): ReplayAnswer => ({ kind: 'result', result: value });
const error = (code: number, message: string): ReplayAnswer => ({ kind: 'error', error: { code, message } });
const text = (value: string, isError = false) => result({ content: [{ type: 'text', text: value }], ...(isError ? { isError } : {}) });
const call = (name: string) => ({ method: 'tools/call', params: { name, arguments: {} } });
const judge = (request: { method: string; params?: Record<string, unknown> }, recorded: ReplayAnswer, replayed: ReplayAnswer) =>
  judgeReplay({ method: request.method, params: request.params }, recorded, replayed, DEFAULT_IGNORE_RULES);

describe('judgeReplay', () => {
  it('same: equal answers, volatile fields aside', () => {
    expect(judge(call('echo'), text('hi'), text('hi'))).toMatchObject({ verdict: 'same', reason: 'The same answer.' });
    expect(judge(call('clock'), text('now 2026-01-01T00:00:00Z'), text('now 2026-02-01T10:00:00Z'))).toMatchObject({
      verdict: 'same',
      reason: 'The same answer (1 volatile difference ignored).',
    });
    expect(judge({ method: 'ping' }, error(-32000, 'x'), error(-32000, 'x')).verdict).toBe('same');
  });

  it('changed: a different result, with the path of each difference', () => {
    const judged = judge(call('add'), text('5'), text('6'));
    expect(judged.verdict).toBe('changed');
    expect(judged.differences).toEqual([{ path: 'result.content[0].text', kind: 'changed', before: '5', after: '6' }]);
    expect(judge(call('add'), error(-32603, 'boom'), text('6'))).toMatchObject({ verdict: 'changed', reason: 'Answered now; the recording has error -32603: boom.' });
  });

  it('failed: answered before, an error or no answer now', () => {
    expect(judge(call('add'), text('5'), error(-32603, 'Internal error'))).toMatchObject({ verdict: 'failed', reason: 'Answered in the recording; error -32603: Internal error now.' });
    expect(judge({ method: 'tools/list' }, result({ tools: [] }), error(-32001, 'Request timed out')).verdict).toBe('failed');
  });

  it('missing: the method, tool, prompt or resource is gone, however the server says it', () => {
    expect(judge({ method: 'prompts/list' }, result({ prompts: [] }), error(-32601, 'Method not found'))).toMatchObject({ verdict: 'missing' });
    expect(judge(call('echo'), text('hi'), error(-32602, 'Tool echo not found'))).toMatchObject({ verdict: 'missing', reason: 'tools/call echo no longer exists: Tool echo not found' });
    expect(judge(call('echo'), text('hi'), text('Unknown tool: echo', true))).toMatchObject({ verdict: 'missing' });
    expect(judge({ method: 'resources/read', params: { uri: 'demo://a' } }, result({ contents: [] }), error(-32002, 'Resource not found')).verdict).toBe('missing');
    // Gone in the recording too: nothing changed.
    expect(judge(call('echo'), error(-32602, 'Tool echo not found'), error(-32602, 'Tool echo not found')).verdict).toBe('same');
  });

  it('new error: the tool reports an error now where it did not', () => {
    expect(judge(call('div'), text('2'), text('division by zero', true))).toMatchObject({ verdict: 'newError', reason: 'The tool reports an error now: division by zero' });
    expect(judge(call('div'), text('division by zero', true), text('division by zero', true)).verdict).toBe('same');
  });

  it('an answer where the recording has none is a change', () => {
    expect(judge(call('slow'), { kind: 'none' }, text('done')).verdict).toBe('changed');
    expect(judge(call('slow'), { kind: 'none' }, { kind: 'none' }).verdict).toBe('same');
  });

  it('names what a request is about', () => {
    expect(requestSubject('tools/call', { name: 'echo' })).toBe('echo');
    expect(requestSubject('resources/read', { uri: 'demo://a' })).toBe('demo://a');
    expect(requestSubject('completion/complete', { ref: { type: 'ref/prompt', name: 'p' }, argument: { name: 'city', value: 'Pa' } })).toBe('p city');
    expect(requestSubject('logging/setLevel', { level: 'debug' })).toBe('debug');
    expect(requestSubject('tools/list', undefined)).toBeUndefined();
  });
});
