// Each event's bytes as they leave the proxy, made once: the session file, the in-memory window and
// every attached socket use these same bytes (the UTF-8 of its JSON), so an event is serialised and
// encoded once however many places it goes. Secrets are masked on the parsed event (a known value a
// server echoed, bearer credentials, OAuth token fields), so no regular expression runs over a
// megabyte of text. An event made around a large message's own wire bytes stays in pieces (its head,
// those bytes, its tail): the file and the sockets write the pieces side by side, so a 5 MiB result is
// not copied into a fresh 5 MiB buffer for its event, nor again for each frame it goes out in.
import type { RecordedEvent } from '../../shared/recordedEvent';
import type { SecretScrubber } from '../../shared/session/redaction';
import { takeWireBytes } from '../upstream/wireBytes';

/**
 * An event's JSON, UTF-8 encoded, as it may leave the proxy: one buffer (most events), or the pieces of
 * its text in order (an event made around a large message's bytes). Never modify the buffers: they are
 * shared. (Not always a list: the window keeps 10,000 events, and a list each was measurably more for
 * the collector.)
 */
export type EventJson = Buffer | readonly Buffer[];
export type EventBytes = (event: RecordedEvent) => EventJson;

export const isWholeJson = (json: EventJson): json is Buffer => json instanceof Uint8Array;

/** How many bytes the event's JSON has. */
export function eventJsonLength(json: EventJson): number {
  if (isWholeJson(json)) return json.length;
  let length = 0;
  for (const piece of json) length += piece.length;
  return length;
}

/** The event's JSON as text (to parse it back). */
export function eventJsonText(json: EventJson): string {
  return (isWholeJson(json) ? json : Buffer.concat(json)).toString('utf8');
}

/** Appends the event's JSON to a frame's or a line's pieces. */
export function pushEventJson(pieces: Buffer[], json: EventJson): void {
  if (isWholeJson(json)) pieces.push(json);
  else for (const piece of json) pieces.push(piece);
}

/** The bytes of each event with `scrubber`'s secrets masked, cached for as long as the event lives. */
export function cachedEventBytes(scrubber: SecretScrubber): EventBytes {
  const cache = new WeakMap<RecordedEvent, EventJson>();
  return (event) => {
    let bytes = cache.get(event);
    if (bytes === undefined) cache.set(event, (bytes = serialise(scrubber, event)));
    return bytes;
  };
}

function serialise(scrubber: SecretScrubber, event: RecordedEvent): EventJson {
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
function withMessageBytes(event: Extract<RecordedEvent, { kind: 'message' }>, message: Buffer): EventJson {
  // A stand-in value, found by its key: the keys before it (kind, direction) hold fixed words. Copied
  // with Object.assign, not `{ ...event, message: 0 }` (see stampEvent on spreads in Node 20).
  const standIn = Object.assign({}, event);
  standIn.message = 0;
  const text = JSON.stringify(standIn);
  const at = text.indexOf(`${MESSAGE_KEY}0`) + MESSAGE_KEY.length;
  return [Buffer.from(text.slice(0, at), 'utf8'), message, Buffer.from(text.slice(at + 1), 'utf8')];
}

/** The bytes of an event, serialised as it is (what tests and unbounded stores use). */
export const plainEventBytes: EventBytes = (event) => Buffer.from(JSON.stringify(event), 'utf8');
