// The last tool call an app rendered, as its recorded traffic tells it: the `tool-input` and
// `tool-result` notifications the inspector sent the app. A reopened session renders the app from them.
import type { HeldLogEntries } from '../../api/logEntry';

export interface RecordedAppCall {
  toolInput: Record<string, unknown>;
  toolResult: Record<string, unknown>;
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** Reads the log from its end; undefined when the app of `resourceUri` never got a tool result. */
export function recordedAppCall(entries: HeldLogEntries, count: number, resourceUri: string): RecordedAppCall | undefined {
  let toolResult: Record<string, unknown> | undefined;
  for (let index = count - 1; index >= 0; index--) {
    const event = entries[index]?.event;
    // Entries the page let go (its limit) are on the proxy only: the search stops at them.
    if (!event) break;
    if (event.kind !== 'app' || event.direction !== 'to-app' || event.resourceUri !== resourceUri) continue;
    const message = asRecord(event.message);
    const params = asRecord(message?.params);
    if (!toolResult && message?.method === 'ui/notifications/tool-result' && params) toolResult = params;
    else if (toolResult && message?.method === 'ui/notifications/tool-input') return { toolInput: asRecord(params?.arguments) ?? {}, toolResult };
  }
  return toolResult ? { toolInput: {}, toolResult } : undefined;
}
