import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/diagnosis';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { EVENT_BATCH_MS, EventOutbox, eventsRecordedFrame, MAX_EVENTS_PER_FRAME } from './eventOutbox';
import { frameText } from './textPieces';

const batchTime = () => new Promise((resolve) => setTimeout(resolve, EVENT_BATCH_MS + 5));

const event = (seq: number): RecordedEvent => ({ seq, time: seq, connectionId: 'c', kind: 'stderr', text: `line ${seq}` });

describe('EventOutbox', () => {
  it('splits a tick of many events into bounded frames, in order, with findings after their events', async () => {
    const frames: { event: string; params: { events?: RecordedEvent[]; findings?: Finding[] } }[] = [];
    const outbox = new EventOutbox((frame) => frames.push(JSON.parse(frameText(frame))));
    const observer = outbox.observerAfter(0);
    const count = MAX_EVENTS_PER_FRAME * 2 + 7;
    for (let seq = 1; seq <= count; seq++) observer.eventRecorded(event(seq));
    observer.diagnosisRaised([{ ruleId: 'r', seqs: [count] } as unknown as Finding]);
    outbox.release();
    await batchTime();
    expect(frames.map((f) => f.event)).toEqual(['eventsRecorded', 'eventsRecorded', 'eventsRecorded', 'diagnosisRaised']);
    expect(frames.slice(0, 3).map((f) => f.params.events!.length)).toEqual([MAX_EVENTS_PER_FRAME, MAX_EVENTS_PER_FRAME, 7]);
    const seqs = frames.slice(0, 3).flatMap((f) => f.params.events!.map((e) => e.seq));
    expect(seqs).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });
});

describe('EventOutbox and the recording', () => {
  it('has the recording written before it sends events, also when an answer makes it send at once', async () => {
    const log: string[] = [];
    const outbox = new EventOutbox((frame) => log.push((JSON.parse(frameText(frame)) as { event: string }).event), undefined, undefined, () => log.push('persist'));
    const observer = outbox.observerAfter(0);
    outbox.release();
    observer.eventRecorded(event(1));
    // An answer that names event 1 sends it now, not at the end of the tick: the file must have it first.
    expect(outbox.sendThrough(1)).toBe(true);
    expect(log).toEqual(['persist', 'eventsRecorded']);
    // A frame without events needs nothing written.
    observer.connectionRemoved('c');
    await batchTime();
    expect(log).toEqual(['persist', 'eventsRecorded', 'connectionRemoved']);
  });
});

describe('EventOutbox batching', () => {
  it('holds events for a few milliseconds, and an answer takes them with it at once', async () => {
    const frames: RecordedEvent[][] = [];
    const outbox = new EventOutbox((frame) => frames.push((JSON.parse(frameText(frame)) as { params: { events: RecordedEvent[] } }).params.events));
    const observer = outbox.observerAfter(0);
    outbox.release();
    observer.eventRecorded(event(1));
    await new Promise((resolve) => setImmediate(resolve));
    expect(frames).toEqual([]);
    observer.eventRecorded(event(2));
    expect(outbox.sendThrough(2)).toBe(true);
    expect(frames.map((events) => events.map((e) => e.seq))).toEqual([[1, 2]]);
    observer.eventRecorded(event(3));
    await batchTime();
    expect(frames.map((events) => events.map((e) => e.seq))).toEqual([[1, 2], [3]]);
    // An answer that names no event (an error, a result sent whole) still goes after what was recorded.
    observer.eventRecorded(event(4));
    outbox.sendQueued();
    expect(frames.map((events) => events.map((e) => e.seq))).toEqual([[1, 2], [3], [4]]);
  });
});

describe('eventsRecordedFrame', () => {
  it('is the JSON of the eventsRecorded envelope, the same for every socket that sends it', () => {
    const events = [event(1), { ...event(2), text: 'quote " and \\ and ✓' }];
    expect(JSON.parse(frameText(eventsRecordedFrame(events)))).toEqual({ event: 'eventsRecorded', params: { events } });
    expect(frameText(eventsRecordedFrame(events))).toBe(frameText(eventsRecordedFrame(events)));
    expect(JSON.parse(frameText(eventsRecordedFrame([])))).toEqual({ event: 'eventsRecorded', params: { events: [] } });
  });
});
