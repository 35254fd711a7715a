// A structural check for the recorded events of an `eventsRecorded` frame. Under a stream the page
// gets thousands of events a second; a full zod parse of each one (which copies every object) was a
// visible share of the page's time. Messages and output lines, nearly all of the stream, are checked
// by hand here for exactly what the schema requires; transport events (rare, with many shapes) and
// anything that fails go through the schema, which also words the error.
import { z } from 'zod';
import { RecordedEventSchema, type RecordedEvent } from '../../../shared/recordedEvent';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `value` is a message, stdout or stderr event exactly as the schema requires. */
function isCommonEvent(value: Record<string, unknown>): boolean {
  if (typeof value.seq !== 'number' || typeof value.time !== 'number' || typeof value.connectionId !== 'string') return false;
  switch (value.kind) {
    case 'message':
      return (value.direction === 'incoming' || value.direction === 'outgoing') && typeof value.size === 'number';
    case 'stdout':
    case 'stderr':
      return typeof value.text === 'string';
    default:
      return false;
  }
}

export type RecordedEventsCheck = { events: RecordedEvent[]; errors: string[] };

/** Keeps the valid events of a batch, in order, and says what is wrong with each one dropped. */
export function checkRecordedEvents(items: readonly unknown[]): RecordedEventsCheck {
  const events: RecordedEvent[] = [];
  const errors: string[] = [];
  for (const [index, item] of items.entries()) {
    if (isObject(item) && isCommonEvent(item)) {
      events.push(item as RecordedEvent);
      continue;
    }
    const parsed = RecordedEventSchema.safeParse(item);
    if (parsed.success) events.push(parsed.data);
    else errors.push(`events[${index}]: ${z.prettifyError(parsed.error)}`);
  }
  return { events, errors };
}
