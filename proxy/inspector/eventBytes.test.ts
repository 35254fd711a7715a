// Each event's bytes, made once: a large message's own wire bytes are spliced in instead of a second
// serialisation, but only when they say exactly what the event holds and no secret needs masking.
import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { SecretScrubber } from '../../shared/session/redaction';
import { rememberWireBytes } from '../upstream/wireBytes';
import { cachedEventBytes, eventJsonText } from './eventBytes';

/** A message as a server might format it (spaces, key order of its own), about 40 KiB of it. */
const wireText = (payload: string) => `{ "jsonrpc" : "2.0", "id" : 7, "result" : { "content" : [ { "type" : "text", "text" : "${payload}" } ] } }`;

function recorded(text: string, bytes: Buffer = Buffer.from(text, 'utf8')): RecordedEvent {
  const message = JSON.parse(bytes.toString('utf8')) as unknown;
  rememberWireBytes(message, bytes);
  return { kind: 'message', direction: 'incoming', message, size: bytes.length, seq: 3, time: 1_000, connectionId: 'c1' };
}

describe('cachedEventBytes', () => {
  it("splices a large message's wire bytes into the event's JSON, as the same value with the same keys", () => {
    const text = wireText('é✓'.repeat(20_000));
    const event = recorded(text);
    const json = cachedEventBytes(new SecretScrubber())(event);
    expect(eventJsonText(json)).toContain(`"message":${text},"size":`);
    expect(JSON.parse(eventJsonText(json))).toEqual(event);
    expect(Object.keys(JSON.parse(eventJsonText(json)) as object)).toEqual(Object.keys(event));
  });

  it('serialises the masked event instead when a secret is in the message', () => {
    const scrubber = new SecretScrubber();
    scrubber.learn(['sk-live-0123456789']);
    const event = recorded(wireText(`${'x'.repeat(20_000)} sk-live-0123456789`));
    const text = eventJsonText(cachedEventBytes(scrubber)(event));
    expect(text).not.toContain('sk-live-0123456789');
    expect(text).not.toContain('"jsonrpc" : "2.0"');
  });

  it('serialises the parsed message when its wire bytes are not valid UTF-8 (they were read as U+FFFD)', () => {
    const text = wireText('y'.repeat(20_000));
    const bytes = Buffer.from(text, 'utf8');
    bytes[text.indexOf('yyy')] = 0xff;
    const event = recorded(text, bytes);
    const json = eventJsonText(cachedEventBytes(new SecretScrubber())(event));
    expect(json).toBe(JSON.stringify(event));
    expect(json).toContain('\uFFFD');
  });

  it('serialises small messages as they are (their bytes are not kept)', () => {
    const text = wireText('short');
    const event = recorded(text);
    expect(eventJsonText(cachedEventBytes(new SecretScrubber())(event))).toBe(JSON.stringify(event));
  });
});
