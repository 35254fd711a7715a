// A logged request, made ready to go out again: through the inspector's client ("Send again") or as
// text for the Raw composer ("Edit and send"). The progress token the SDK put in `_meta` named the old
// request; the client adds its own, and a raw copy must not claim the old one.
import type { LogEntry } from '../../api/logEntry';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The method and params of a request the inspector sent (client → server), or undefined for anything else. */
export function resendableRequest(entry: LogEntry | undefined): { method: string; params?: Record<string, unknown> } | undefined {
  if (entry?.kind !== 'request' || entry.direction !== 'outgoing' || entry.event.kind !== 'message' || entry.event.tooDeep || !entry.method) return undefined;
  const params = isRecord(entry.event.message) ? entry.event.message.params : undefined;
  if (!isRecord(params)) return { method: entry.method };
  const { _meta: meta, ...rest } = params;
  if (!isRecord(meta)) return { method: entry.method, params: rest };
  const { progressToken: _oldToken, ...keptMeta } = meta;
  return { method: entry.method, params: Object.keys(keptMeta).length > 0 ? { ...rest, _meta: keptMeta } : rest };
}

/**
 * The request as Raw composer text, with a fresh id (the old one is answered already). One line: over
 * stdio the composer writes the text as it is, and a line break would split the message in two.
 */
export function rawTextFor(request: { method: string; params?: Record<string, unknown> }, id: string): string {
  return JSON.stringify({ jsonrpc: '2.0', id, method: request.method, ...(request.params === undefined ? {} : { params: request.params }) });
}
