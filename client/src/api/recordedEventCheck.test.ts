import { describe, expect, it } from 'vitest';
import { RecordedEventSchema } from '../../../shared/recordedEvent';
import { checkRecordedEvents } from './recordedEventCheck';

const stamp = { seq: 1, time: 1000, connectionId: 'c1' };
const valid = [
  { ...stamp, kind: 'message', direction: 'incoming', message: { jsonrpc: '2.0', method: 'x' }, size: 30 },
  { ...stamp, kind: 'message', direction: 'outgoing', message: 'not an object', size: 15 },
  { ...stamp, kind: 'stdout', text: 'hello' },
  { ...stamp, kind: 'stderr', text: '' },
  { ...stamp, kind: 'transport', event: { type: 'closed', reason: 'bye' } },
];
const invalid = [
  null,
  [],
  'text',
  { ...stamp, kind: 'bogus' },
  { ...stamp, seq: '1', kind: 'stdout', text: 'x' },
  { ...stamp, time: undefined, kind: 'stdout', text: 'x' },
  { ...stamp, connectionId: 3, kind: 'stderr', text: 'x' },
  { ...stamp, kind: 'message', direction: 'sideways', message: {}, size: 2 },
  { ...stamp, kind: 'message', direction: 'incoming', message: {} },
  { ...stamp, kind: 'stdout', text: 5 },
  { ...stamp, kind: 'transport', event: { type: 'exploded' } },
];

describe('checkRecordedEvents', () => {
  it('accepts exactly what the schema accepts', () => {
    for (const item of [...valid, ...invalid]) {
      const { events } = checkRecordedEvents([item]);
      expect(events.length === 1, JSON.stringify(item)).toBe(RecordedEventSchema.safeParse(item).success);
    }
  });

  it('keeps the valid events in order and names each dropped one with the schema error', () => {
    const { events, errors } = checkRecordedEvents([valid[0], invalid[3], valid[2], invalid[7]]);
    expect(events).toEqual([valid[0], valid[2]]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^events\[1\]: /);
    expect(errors[1]).toMatch(/^events\[3\]: .*direction/s);
  });
});
