import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PendingServerRequest, ServerRequestSettled } from '../../shared/serverRequests';
import { SERVER_REQUEST_CANCELLED_CODE, SERVER_REQUEST_TIMEOUT_CODE, ServerRequestInbox } from './ServerRequestInbox';

const sampling = { messages: [], maxTokens: 10 };

function setup() {
  const pending: PendingServerRequest[] = [];
  const settled: ServerRequestSettled[] = [];
  const inbox = new ServerRequestInbox({ pending: (r) => pending.push(r), settled: (s) => settled.push(s) });
  const wait = (extra: { connectionId?: string; signal?: AbortSignal; timeoutMs?: number } = {}) =>
    inbox.wait({ connectionId: 'c1', method: 'sampling/createMessage', params: sampling, timeoutMs: 1000, ...extra });
  return { inbox, pending, settled, wait };
}

describe('ServerRequestInbox', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('publishes a pending request with its deadline and resolves with the answer', async () => {
    const { inbox, pending, settled, wait } = setup();
    const answer = wait({ timeoutMs: 5000 });
    expect(pending).toEqual([
      { id: 'r1', connectionId: 'c1', method: 'sampling/createMessage', params: sampling, receivedAt: 1_000_000, expiresAt: 1_005_000 },
    ]);
    expect(inbox.list()).toHaveLength(1);
    inbox.answer('c1', 'r1', { result: { role: 'assistant' } });
    await expect(answer).resolves.toEqual({ result: { role: 'assistant' } });
    expect(settled).toEqual([{ id: 'r1', connectionId: 'c1', settlement: 'answered' }]);
    expect(inbox.list()).toEqual([]);
  });

  it('publishes the input_required key of a request embedded in a modern result (MRTR) and answers it the same way', async () => {
    const { inbox, pending } = setup();
    const answer = inbox.wait({ connectionId: 'c1', method: 'elicitation/create', params: { message: 'How many?' }, inputRequestKey: 'details', timeoutMs: 1000 });
    expect(pending[0]).toMatchObject({ id: 'r1', inputRequestKey: 'details', method: 'elicitation/create' });
    expect(pending[0]).not.toHaveProperty('jsonRpcId');
    inbox.answer('c1', 'r1', { result: { action: 'decline' } });
    await expect(answer).resolves.toEqual({ result: { action: 'decline' } });
  });

  it('passes a rejection on as the error to send', async () => {
    const { inbox, settled, wait } = setup();
    const answer = wait();
    inbox.answer('c1', 'r1', { error: { code: -1, message: 'no' } });
    await expect(answer).resolves.toEqual({ error: { code: -1, message: 'no' } });
    expect(settled[0]?.settlement).toBe('rejected');
  });

  it('refuses a second answer, saying how the request ended', async () => {
    const { inbox, settled, wait } = setup();
    const answer = wait();
    inbox.answer('c1', 'r1', { result: {} });
    expect(() => inbox.answer('c1', 'r1', { result: {} })).toThrow('The server request r1 was already answered; nothing was sent');
    await answer;
    expect(settled).toHaveLength(1);
  });

  it('refuses an answer for an unknown request or from another connection', () => {
    const { inbox, wait } = setup();
    void wait();
    expect(() => inbox.answer('c1', 'r9', { result: {} })).toThrow('There is no pending server request "r9" on connection "c1"');
    expect(() => inbox.answer('c2', 'r1', { result: {} })).toThrow('on connection "c2"');
    expect(inbox.list()).toHaveLength(1);
  });

  it('answers the server with an error when nobody answers in time, and refuses a late answer', async () => {
    const { inbox, settled, wait } = setup();
    const answer = wait({ timeoutMs: 1000 });
    vi.advanceTimersByTime(999);
    expect(settled).toEqual([]);
    vi.advanceTimersByTime(1);
    await expect(answer).resolves.toMatchObject({ error: { code: SERVER_REQUEST_TIMEOUT_CODE } });
    expect(settled).toEqual([{ id: 'r1', connectionId: 'c1', settlement: 'timedOut', detail: 'Nobody answered within 1000 ms' }]);
    expect(() => inbox.answer('c1', 'r1', { result: {} })).toThrow('timed out before this answer');
  });

  it('settles once when the server cancels first, and ignores the timer afterwards', async () => {
    const { inbox, settled, wait } = setup();
    const controller = new AbortController();
    const answer = wait({ signal: controller.signal });
    controller.abort('user went away');
    await expect(answer).resolves.toMatchObject({ error: { code: SERVER_REQUEST_CANCELLED_CODE } });
    vi.advanceTimersByTime(5000);
    expect(settled).toEqual([{ id: 'r1', connectionId: 'c1', settlement: 'cancelledByServer', detail: 'user went away' }]);
    expect(() => inbox.answer('c1', 'r1', { result: {} })).toThrow('was cancelled by the server');
  });

  it('settles a request whose signal was aborted before it arrived', async () => {
    const { settled, wait } = setup();
    const answer = wait({ signal: AbortSignal.abort() });
    await expect(answer).resolves.toMatchObject({ error: { code: SERVER_REQUEST_CANCELLED_CODE } });
    expect(settled.map((s) => s.settlement)).toEqual(['cancelledByServer']);
  });

  it('ends only the closed connection’s requests, none left hanging', async () => {
    const { inbox, settled, wait } = setup();
    const first = wait();
    const second = wait();
    const other = wait({ connectionId: 'c2' });
    inbox.closeConnection('c1');
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
    expect(settled.map((s) => [s.id, s.settlement])).toEqual([
      ['r1', 'connectionClosed'],
      ['r2', 'connectionClosed'],
    ]);
    expect(inbox.list().map((r) => r.id)).toEqual(['r3']);
    inbox.answer('c2', 'r3', { result: {} });
    await expect(other).resolves.toEqual({ result: {} });
    vi.advanceTimersByTime(5000);
    expect(settled).toHaveLength(3);
  });
});
