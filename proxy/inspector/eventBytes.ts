// Each event's bytes as they leave the proxy, made once: the session file, the in-memory window and
// every attached socket use these same bytes (the UTF-8 of its JSON), so an event is serialised and
// encoded once however many places it goes. Secrets are masked on the parsed event (a known value a
// server echoed, bearer credentials, OAuth token fields), so no regular expression runs over a
// megabyte of text.
import type { RecordedEvent } from '../../shared/recordedEvent';
import type { SecretScrubber } from '../../shared/session/redaction';

/** An event's JSON, UTF-8 encoded, as it may leave the proxy. Never modify the buffer: it is shared. */
export type EventBytes = (event: RecordedEvent) => Buffer;

/** The bytes of each event with `scrubber`'s secrets masked, cached for as long as the event lives. */
export function cachedEventBytes(scrubber: SecretScrubber): EventBytes {
  const cache = new WeakMap<RecordedEvent, Buffer>();
  return (event) => {
    let bytes = cache.get(event);
    if (bytes === undefined) cache.set(event, (bytes = Buffer.from(JSON.stringify(scrubber.scrubValue(event)), 'utf8')));
    return bytes;
  };
}

/** The bytes of an event, serialised as it is (what tests and unbounded stores use). */
export const plainEventBytes: EventBytes = (event) => Buffer.from(JSON.stringify(event), 'utf8');
