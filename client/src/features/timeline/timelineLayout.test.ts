import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../../../shared/recordedEvent';
import { toLogEntry, type LogEntry } from '../../api/logEntry';
import { percentileOf, TimelineBuilder } from './timelineLayout';

let seq = 0;
function at(time: number, direction: 'outgoing' | 'incoming', message: unknown): LogEntry {
  const event: RecordedEvent = { seq: ++seq, time, connectionId: 'c', kind: 'message', direction, message, size: 1 };
  return toLogEntry(event);
}
const call = (time: number, id: number, method = 'tools/call', params: unknown = {}) => at(time, 'outgoing', { jsonrpc: '2.0', id, method, params });
const answer = (time: number, id: number) => at(time, 'incoming', { jsonrpc: '2.0', id, result: {} });
const fail = (time: number, id: number) => at(time, 'incoming', { jsonrpc: '2.0', id, error: { code: -1, message: 'x' } });

function build(entries: LogEntry[]): TimelineBuilder {
  const builder = new TimelineBuilder();
  builder.update(entries, entries.length);
  return builder;
}

describe('TimelineBuilder', () => {
  it('puts overlapping requests on separate lanes and reuses a lane once it is free', () => {
    const timeline = build([call(0, 1), call(10, 2), answer(20, 2), call(30, 3), answer(100, 1), call(100, 4), answer(110, 3), answer(120, 4)]);
    expect(timeline.spans.map((s) => [s.requestSeq !== undefined, s.start, s.end, s.lane])).toEqual([
      [true, 0, 100, 0],
      [true, 10, 20, 1],
      [true, 30, 110, 1],
      [true, 100, 120, 0],
    ]);
    expect(timeline.laneCount).toBe(2);
  });

  it('keeps unanswered requests open and marks errors', () => {
    const timeline = build([call(0, 1), call(5, 2), fail(9, 2)]);
    expect(timeline.spans.map((s) => [s.end, s.failed])).toEqual([
      [undefined, false],
      [9, true],
    ]);
  });

  it('ends the spans still open where the server exits, as never answered (still counted unanswered)', () => {
    const exit = toLogEntry({ seq: ++seq, time: 20, connectionId: 'c', kind: 'transport', event: { type: 'exited', code: 1, signal: null } });
    const timeline = build([call(0, 1), call(5, 2), answer(9, 2), exit]);
    expect(timeline.spans.map((s) => [s.end, s.ended])).toEqual([
      [20, true],
      [9, undefined],
    ]);
    expect(timeline.latencyByMethod()).toEqual([expect.objectContaining({ method: 'tools/call', count: 2, unanswered: 1 })]);
  });

  it('marks faults on the span they acted on; an injected error ends its span, failed', () => {
    const fault = (time: number, id: number, action: 'error' | 'delay', direction: 'outgoing' | 'incoming' = 'outgoing'): LogEntry =>
      toLogEntry({ seq: ++seq, time, connectionId: 'c', kind: 'fault', fault: { rule: `${action} x`, action, direction, messageId: id, method: 'tools/call', detail: 'did it' } });
    const timeline = build([call(0, 1), fault(1, 1, 'error'), call(5, 2), answer(9, 2), fault(12, 2, 'delay', 'incoming'), answer(15, 2)]);
    expect(timeline.spans.map((s) => [s.end, s.failed, s.marks.map((mark) => [mark.kind, mark.label])])).toEqual([
      [1, true, [['fault', '"error x": did it']]],
      [9, false, [['fault', '"delay x": did it']]],
    ]);
  });

  it('separates server → client requests from client requests with the same id', () => {
    const timeline = build([call(0, 1), at(1, 'incoming', { jsonrpc: '2.0', id: 1, method: 'sampling/createMessage' }), at(2, 'outgoing', { jsonrpc: '2.0', id: 1, result: {} }), answer(3, 1)]);
    expect(timeline.spans.map((s) => [s.method, s.direction, s.end])).toEqual([
      ['tools/call', 'outgoing', 3],
      ['sampling/createMessage', 'incoming', 2],
    ]);
  });

  it('nests progress by token and cancellation by request id under their request', () => {
    const timeline = build([
      call(0, 7, 'tools/call', { name: 'slow', _meta: { progressToken: 'tok' } }),
      call(1, 8),
      at(2, 'incoming', { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 'tok', progress: 1, total: 3 } }),
      at(3, 'incoming', { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 'other', progress: 1 } }),
      at(4, 'outgoing', { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 8, reason: 'user' } }),
      answer(5, 7),
    ]);
    const [slow, cancelled] = timeline.spans;
    expect(slow!.marks.map((m) => [m.kind, m.label])).toEqual([['progress', '1/3']]);
    expect(cancelled!.marks.map((m) => [m.kind, m.label])).toEqual([['cancelled', 'user']]);
  });

  it('ends a cancelled request at its cancellation and counts it as cancelled, not unanswered', () => {
    const cancel = (time: number, id: number) => at(time, 'outgoing', { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: id } });
    const timeline = build([call(0, 1), call(1, 2), cancel(40, 1), answer(50, 2), cancel(60, 2), call(70, 3)]);
    expect(timeline.spans.map((s) => [s.end, s.cancelled, s.lane])).toEqual([
      [40, true, 0],
      [50, false, 1],
      [undefined, false, 0],
    ]);
    expect(timeline.latencyByMethod()).toEqual([{ method: 'tools/call', count: 3, p50: 49, p95: 49, max: 49, failed: 0, cancelled: 1, unanswered: 1 }]);
  });

  it('nests log lines that name their request by progress token or related request id, and leaves the rest out', () => {
    const log = (time: number, data: unknown, meta?: unknown) =>
      at(time, 'incoming', { jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data, ...(meta ? { _meta: meta } : {}) } });
    const timeline = build([
      call(0, 1, 'tools/call', { name: 'slow', _meta: { progressToken: 5 } }),
      call(1, 2, 'tools/call', { name: 'other' }),
      log(2, 'step one', { progressToken: 5 }),
      log(3, { detail: true }, { relatedRequestId: 2 }),
      log(4, 'unrelated'),
      log(5, 'token of no request', { progressToken: 'nope' }),
      at(6, 'incoming', { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 5, progress: 2 } }),
      answer(7, 1),
      answer(8, 2),
    ]);
    const [slow, other] = timeline.spans;
    expect(slow!.marks.map((m) => [m.kind, m.label, m.time])).toEqual([
      ['log', 'info: step one', 2],
      ['progress', '2', 6],
    ]);
    expect(other!.marks.map((m) => [m.kind, m.label])).toEqual([['log', 'info: {"detail":true}']]);
  });

  it('reads only new entries on update and asks for a rebuild when the log was replaced', () => {
    const entries = [call(0, 1)];
    const builder = new TimelineBuilder();
    builder.update(entries, 1);
    entries.push(answer(4, 1));
    expect(builder.update(entries, 2)).toBe(true);
    expect(builder.spans).toHaveLength(1);
    expect(builder.spans[0]!.end).toBe(4);
    expect(builder.update([...entries], 2)).toBe(false);
  });

  it('computes per-method counts and latency percentiles', () => {
    const entries: LogEntry[] = [];
    for (let i = 1; i <= 20; i++) entries.push(call(i * 100, i), answer(i * 100 + i, i));
    entries.push(call(5000, 100, 'ping'), fail(5003, 100), call(6000, 101, 'ping'));
    const stats = build(entries).latencyByMethod();
    expect(stats).toEqual([
      { method: 'tools/call', count: 20, p50: 10, p95: 19, max: 20, failed: 0, cancelled: 0, unanswered: 0 },
      { method: 'ping', count: 2, p50: 3, p95: 3, max: 3, failed: 1, cancelled: 0, unanswered: 1 },
    ]);
    expect([percentileOf([], 50), percentileOf([5], 95), percentileOf([1, 2, 3, 4], 50)]).toEqual([undefined, 5, 2]);
  });

  it('draws MCP App traffic on app lanes of its own, apart from the server requests and their latency', () => {
    const appEntry = (time: number, direction: 'to-app' | 'from-app', message: unknown) =>
      toLogEntry({ seq: ++seq, time, connectionId: 'c', kind: 'app', direction, resourceUri: 'ui://a/app.html', message, size: 1 });
    const timeline = build([
      appEntry(0, 'to-app', { jsonrpc: '2.0', method: 'ui/notifications/tool-result', params: {} }),
      appEntry(5, 'from-app', { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'get-time' } }),
      call(6, 1),
      answer(20, 1),
      appEntry(21, 'to-app', { jsonrpc: '2.0', id: 7, result: {} }),
    ]);
    expect(timeline.laneCount).toBe(1);
    expect(timeline.appLaneCount).toBe(1);
    const appSpans = timeline.spans.filter((span) => span.track === 'app');
    expect(appSpans.map((span) => [span.method, span.start, span.end])).toEqual([
      ['ui/notifications/tool-result', 0, 0],
      ['tools/call', 5, 21],
    ]);
    expect(timeline.latencyByMethod()).toEqual([expect.objectContaining({ method: 'tools/call', count: 1 })]);
  });

  it("puts the server calls an app caused on the app's lanes, under the app's request, with their latency; the person's stay on the server's", () => {
    const appEntry = (time: number, direction: 'to-app' | 'from-app', message: unknown) =>
      toLogEntry({ seq: ++seq, time, connectionId: 'c', kind: 'app', direction, resourceUri: 'ui://a/app.html', message, size: 1 });
    const forApp = (time: number, id: number, method: string, params: unknown) =>
      toLogEntry({ seq: ++seq, time, connectionId: 'c', kind: 'message', direction: 'outgoing', message: { jsonrpc: '2.0', id, method, params }, size: 1, via: 'app' });
    const personCall = call(0, 1, 'tools/call', { name: 'get-time' });
    const appCall = appEntry(3, 'from-app', { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'get-time' } });
    const serverCall = forApp(5, 2, 'tools/call', { name: 'get-time' });
    const serverAnswer = answer(17, 2);
    const cancelledRead = forApp(20, 3, 'resources/read', { uri: 'ui://a/app.html' });
    const timeline = build([
      personCall,
      answer(2, 1),
      appCall,
      serverCall,
      serverAnswer,
      appEntry(18, 'to-app', { jsonrpc: '2.0', id: 7, result: {} }),
      cancelledRead,
      at(25, 'outgoing', { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 3 } }),
      forApp(30, 4, 'tools/call', { name: 'get-time' }),
    ]);
    const spans = timeline.spans.map((span) => [span.requestSeq, span.track ?? 'server', span.via, span.lane, span.subject, span.start, span.end]);
    expect(spans).toEqual([
      [personCall.seq, 'server', undefined, 0, 'get-time', 0, 2],
      [appCall.seq, 'app', undefined, 0, 'get-time', 3, 18],
      // Inside the app's tools/call in time, so on the next app lane: the call it caused, 12 ms.
      [serverCall.seq, 'app', 'app', 1, 'get-time', 5, 17],
      [cancelledRead.seq, 'app', 'app', 0, 'ui://a/app.html', 20, 25],
      // The cancellation freed its app lane.
      [seq, 'app', 'app', 0, 'get-time', 30, undefined],
    ]);
    expect(timeline.spans[2]!.responseSeq).toBe(serverAnswer.seq);
    expect([timeline.laneCount, timeline.appLaneCount, timeline.appMessageCount, timeline.appServerCallCount]).toEqual([1, 2, 1, 3]);
    // Latency is the server's, whoever asked: the person's and the app's tools/call; the app's own request is not the server's.
    expect(timeline.latencyByMethod()).toEqual([
      expect.objectContaining({ method: 'tools/call', count: 3, p50: 2, max: 12, unanswered: 1 }),
      expect.objectContaining({ method: 'resources/read', count: 1, cancelled: 1 }),
    ]);
  });
});

