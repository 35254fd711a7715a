// An event's line in a session file, made from the bytes the inspector already made for it (its JSON,
// secrets masked, stamp fields last as the inspector stamps them): the entry's head, then those bytes
// without the stamp, then the entry's end. Nothing is serialised or encoded again; the line is written
// as buffers side by side.
import type { RecordedEvent } from '../../shared/recordedEvent';
import { isWholeJson, type EventJson } from '../inspector/eventBytes';

const LINE_END = Buffer.from('}}\n');

/**
 * The line's parts, or undefined when the bytes do not end with the event's stamp (JSON of another
 * shape), for the caller to write the entry as any other.
 */
export function eventLineParts(event: RecordedEvent, json: EventJson): Buffer[] | undefined {
  const { seq, time, connectionId } = event;
  const id = JSON.stringify(connectionId);
  const stamp = Buffer.from(`,"seq":${seq},"time":${time},"connectionId":${id}}`, 'utf8');
  // The stamp is the end of the JSON's last piece (a piece splits the JSON at a message's edge only).
  const whole = isWholeJson(json);
  const last = whole ? json : json.at(-1);
  const payloadEnd = (last?.length ?? 0) - stamp.length;
  if (last === undefined || payloadEnd < 0 || last.compare(stamp, 0, stamp.length, payloadEnd, last.length) !== 0) return undefined;
  if (whole && payloadEnd === 0) return undefined;
  const head = Buffer.from(`{"type":"event","seq":${seq},"time":${time},"connectionId":${id},"payload":`, 'utf8');
  if (whole) return [head, last.subarray(0, payloadEnd), LINE_END];
  return [head, ...json.slice(0, -1), last.subarray(0, payloadEnd), LINE_END];
}
