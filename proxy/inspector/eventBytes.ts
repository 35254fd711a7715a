// Each event's bytes as they leave the proxy, made once: the session file, the in-memory window and
// every attached socket use these same bytes (the UTF-8 of its JSON), so an event is serialised and
// encoded once however many places it goes. Secrets are masked on the parsed event (a known value a
// server echoed, bearer credentials, OAuth token fields), so no regular expression runs over a
// megabyte of text.
import type { RecordedEvent } from '../../shared/recordedEvent';
import type { SecretScrubber } from '../../shared/session/redaction';
import { takeWireBytes } from '../upstream/wireBytes';

/** An event's JSON, UTF-8 encoded, as it may leave the proxy. Never modify the buffer: it is shared. */
export type EventBytes = (event: RecordedEvent) => Buffer;

/** The bytes of each event with `scrubber`'s secrets masked, cached for as long as the event lives. */
export function cachedEventBytes(scrubber: SecretScrubber): EventBytes {
  const cache = new WeakMap<RecordedEvent, Buffer>();
  return (event) => {
    let bytes = cache.get(event);
    if (bytes === undefined) cache.set(event, (bytes = serialise(scrubber, event)));
    return bytes;
  };
}

function serialise(scrubber: SecretScrubber, event: RecordedEvent): Buffer {
  const scrubbed = scrubber.scrubValue(event);
  const wire = event.kind === 'message' ? takeWireBytes(event.message) : undefined;
  // The wire's bytes stand for the message only when masking changed nothing in it.
  if (wire !== undefined && event.kind === 'message' && scrubbed === event) return withMessageBytes(event, wire);
  return Buffer.from(JSON.stringify(scrubbed), 'utf8');
}

const MESSAGE_KEY = '"message":';

/**
 * The event's JSON with its message's own bytes in place of its serialisation: the same JSON value
 * (the bytes are the text the message was parsed from or serialised to), keys in the same order.
 */
function withMessageBytes(event: Extract<RecordedEvent, { kind: 'message' }>, message: Buffer): Buffer {
  // A stand-in value, found by its key: the keys before it (kind, direction) hold fixed words. Copied
  // with Object.assign, not `{ ...event, message: 0 }` (see stampEvent on spreads in Node 20).
  const standIn = Object.assign({}, event);
  standIn.message = 0;
  const text = JSON.stringify(standIn);
  const at = text.indexOf(`${MESSAGE_KEY}0`) + MESSAGE_KEY.length;
  return Buffer.concat([Buffer.from(text.slice(0, at), 'utf8'), message, Buffer.from(text.slice(at + 1), 'utf8')]);
}

/** The bytes of an event, serialised as it is (what tests and unbounded stores use). */
export const plainEventBytes: EventBytes = (event) => Buffer.from(JSON.stringify(event), 'utf8');
