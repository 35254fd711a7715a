import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../../../shared/recordedEvent';
import { toLogEntry } from '../../api/logEntry';
import { summarize } from '../messages/logRowText';
import { recordedAppCall } from './recordedAppCall';

let seq = 0;
const app = (direction: 'to-app' | 'from-app', message: unknown, resourceUri = 'ui://a/app.html') =>
  toLogEntry({ seq: ++seq, time: seq, connectionId: 'c', kind: 'app', direction, resourceUri, message, size: 1 } satisfies RecordedEvent);
const notify = (method: string, params: unknown, resourceUri?: string) => app('to-app', { jsonrpc: '2.0', method, params }, resourceUri);

describe('recordedAppCall', () => {
  it('finds the last tool input and result the app was sent', () => {
    const entries = [
      notify('ui/notifications/tool-input', { arguments: { city: 'Oslo' } }),
      notify('ui/notifications/tool-result', { content: [{ type: 'text', text: 'first' }] }),
      notify('ui/notifications/tool-input', { arguments: { city: 'Rome' } }),
      notify('ui/notifications/tool-result', { content: [{ type: 'text', text: 'second' }] }),
      notify('ui/notifications/tool-result', { content: [] }, 'ui://other/app.html'),
    ];
    expect(recordedAppCall(entries, entries.length, 'ui://a/app.html')).toEqual({ toolInput: { city: 'Rome' }, toolResult: { content: [{ type: 'text', text: 'second' }] } });
    expect(recordedAppCall(entries, 1, 'ui://a/app.html')).toBeUndefined();
  });
});

describe('an app row of the log', () => {
  it('is its own kind, with the direction and the message summed up', () => {
    const request = app('from-app', { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'get-time', arguments: {} } });
    expect(request).toMatchObject({ kind: 'app', direction: 'incoming', method: 'tools/call', id: 3 });
    expect(summarize(request)).toBe('← app tools/call get-time {}');
    expect(summarize(app('to-app', { jsonrpc: '2.0', id: 3, error: { code: -1, message: 'no' } }))).toMatch(/^→ app error /);
  });
});
