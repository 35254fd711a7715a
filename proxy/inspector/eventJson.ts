// Each event's JSON as it leaves the proxy, made once: the session file and every attached socket
// write these same bytes. Secrets are masked on the parsed event (a known value a server echoed,
// bearer credentials, OAuth token fields), so no regular expression runs over a megabyte of text.
import type { RecordedEvent } from '../../shared/recordedEvent';
import type { SecretScrubber } from '../../shared/session/redaction';

/** An event's JSON as it may leave the proxy. */
export type EventJson = (event: RecordedEvent) => string;

/** The JSON of each event with `scrubber`'s secrets masked, cached for as long as the event lives. */
export function cachedEventJson(scrubber: SecretScrubber): EventJson {
  const cache = new WeakMap<RecordedEvent, string>();
  return (event) => {
    let json = cache.get(event);
    if (json === undefined) cache.set(event, (json = JSON.stringify(scrubber.scrubValue(event))));
    return json;
  };
}
