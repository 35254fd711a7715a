// An event's line in a session file, made from the bytes the inspector already made for it (its JSON,
// secrets masked, stamp fields last as the inspector stamps them): the entry's head, then those bytes
// without the stamp, then the entry's end. Nothing is serialised or encoded again; the line is written
// as three buffers side by side.
import type { RecordedEvent } from '../../shared/recordedEvent';

const LINE_END = Buffer.from('}}\n');

/**
 * The line's parts, or undefined when the bytes do not end with the event's stamp (JSON of another
 * shape), for the caller to write the entry as any other.
 */
export function eventLineParts(event: RecordedEvent, bytes: Buffer): Buffer[] | undefined {
  const { seq, time, connectionId } = event;
  const id = JSON.stringify(connectionId);
  const stamp = Buffer.from(`,"seq":${seq},"time":${time},"connectionId":${id}}`, 'utf8');
  const payloadEnd = bytes.length - stamp.length;
  if (payloadEnd <= 0 || bytes.compare(stamp, 0, stamp.length, payloadEnd, bytes.length) !== 0) return undefined;
  const head = Buffer.from(`{"type":"event","seq":${seq},"time":${time},"connectionId":${id},"payload":`, 'utf8');
  return [head, bytes.subarray(0, payloadEnd), LINE_END];
}
