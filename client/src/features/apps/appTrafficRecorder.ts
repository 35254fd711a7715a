// Sends an app's host traffic to the proxy to be stamped into the connection's stream, in batches (one
// socket request per turn, at most 100 messages each). The app's HTML in `sandbox-resource-ready` is
// left out: it is the `ui://` resource, already in the log as the answer to its `resources/read`.
import type { JSONRPCMessage } from '@modelcontextprotocol/client';
import type { InspectorApi } from '../../../../shared/inspectorProtocol';
import type { AppDirection } from './tappedTransport';

const BATCH = 100;

type Traffic = { direction: AppDirection; resourceUri: string; message: unknown };

function withoutHtml(message: JSONRPCMessage): unknown {
  if (!('method' in message) || message.method !== 'ui/notifications/sandbox-resource-ready') return message;
  const html = (message.params as { html?: unknown } | undefined)?.html;
  const bytes = typeof html === 'string' ? new TextEncoder().encode(html).length : 0;
  return { ...message, params: { ...message.params, html: `(${bytes} bytes: the HTML of the ui:// resource, as read)` } };
}

export function createAppTrafficRecorder(api: InspectorApi, connectionId: string, resourceUri: string) {
  let queue: Traffic[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const pending = queue;
    queue = [];
    for (let start = 0; start < pending.length; start += BATCH) {
      api.recordAppTraffic({ connectionId, messages: pending.slice(start, start + BATCH) }).catch((error: unknown) => {
        console.warn('mcp-inspect: app traffic was not recorded:', error);
      });
    }
  };
  return {
    record(direction: AppDirection, message: JSONRPCMessage) {
      queue.push({ direction, resourceUri, message: withoutHtml(message) });
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(flush);
      }
    },
    /** Sends what is queued now, so it is stamped before a server call the app caused. */
    flush,
  };
}
