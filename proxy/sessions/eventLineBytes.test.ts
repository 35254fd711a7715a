// An event's session line is made from the inspector's bytes for it, in pieces or whole: the line
// parses to the entry a reader expects, and a large message's own bytes are written, not copied.
import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { SecretScrubber } from '../../shared/session/redaction';
import { cachedEventBytes } from '../inspector/eventBytes';
import { rememberWireBytes } from '../upstream/wireBytes';
import { eventLineParts } from './eventLineBytes';

function messageEvent(text: string): { event: RecordedEvent; wire: Buffer } {
  const wire = Buffer.from(text, 'utf8');
  const message = JSON.parse(text) as unknown;
  rememberWireBytes(message, wire);
  return { event: { kind: 'message', direction: 'incoming', message, size: wire.length, seq: 9, time: 1_234, connectionId: 'c"1' }, wire };
}

const lineOf = (parts: Buffer[]) => JSON.parse(Buffer.concat(parts).toString('utf8')) as unknown;
const entryOf = ({ seq, time, connectionId, ...payload }: RecordedEvent) => ({ type: 'event', seq, time, connectionId, payload });

describe('eventLineParts', () => {
  it("writes a large message's event around the message's own wire bytes", () => {
    const { event, wire } = messageEvent(`{"jsonrpc":"2.0","id":1,"result":{"text":"${'é✓'.repeat(20_000)}"}}`);
    const parts = eventLineParts(event, cachedEventBytes(new SecretScrubber())(event))!;
    expect(parts).toContain(wire);
    expect(Buffer.concat(parts).at(-1)).toBe(0x0a);
    expect(lineOf(parts)).toEqual(entryOf(event));
  });

  it('writes a small event from its one buffer', () => {
    const event: RecordedEvent = { kind: 'stderr', text: 'hello "there"', seq: 2, time: 5, connectionId: 'c1' };
    const parts = eventLineParts(event, cachedEventBytes(new SecretScrubber())(event))!;
    expect(lineOf(parts)).toEqual(entryOf(event));
  });

  it('declines bytes that do not end with the event’s stamp', () => {
    const event: RecordedEvent = { kind: 'stderr', text: 'x', seq: 2, time: 5, connectionId: 'c1' };
    expect(eventLineParts(event, [Buffer.from(JSON.stringify({ ...event, seq: 3 }))])).toBeUndefined();
    expect(eventLineParts(event, [Buffer.from(`{"kind":"stderr"`), Buffer.from(`,"seq":2,"time":5,"connectionId":"c1"}`)])).toEqual(expect.any(Array));
    expect(eventLineParts(event, [])).toBeUndefined();
  });
});
