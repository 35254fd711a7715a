import { describe, expect, it } from 'vitest';
import { toLogEntry } from '../../api/logEntry';
import type { RecordedEvent } from '../../../../shared/recordedEvent';
import { atLeast, readLogMessage } from './logMessages';

const event = (message: unknown, direction: 'incoming' | 'outgoing' = 'incoming'): RecordedEvent =>
  ({ kind: 'message', direction, message, size: 1, seq: 7, time: 100, connectionId: 'c1' }) as RecordedEvent;

describe('log messages', () => {
  it('reads level, logger and data of notifications/message from the server', () => {
    const entry = toLogEntry(event({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'error', logger: 'db', data: { x: 1 } } }));
    expect(readLogMessage(entry)).toEqual({ seq: 7, time: 100, level: 'error', logger: 'db', data: { x: 1 } });
  });

  it('ignores other messages and our own', () => {
    expect(readLogMessage(toLogEntry(event({ jsonrpc: '2.0', method: 'notifications/progress', params: {} })))).toBeUndefined();
    expect(readLogMessage(toLogEntry(event({ jsonrpc: '2.0', method: 'notifications/message', params: {} }, 'outgoing')))).toBeUndefined();
  });

  it('orders levels by severity and never hides an unknown level', () => {
    expect(atLeast('error', 'warning')).toBe(true);
    expect(atLeast('info', 'warning')).toBe(false);
    expect(atLeast('debug', 'debug')).toBe(true);
    expect(atLeast('verbose', 'emergency')).toBe(true);
  });
});
