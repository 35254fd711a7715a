// What happened on the wire to a request check cancelled: the progress the server sent for it (before
// and after the cancellation), the cancellation itself, and any answer that came anyway. Read from the
// recorded stream, so it is exactly what crossed the wire.
import { readEnvelope, requestKey, type JsonRpcId } from '../../shared/jsonrpc';
import type { RecordedEvent } from '../../shared/recordedEvent';

export interface ProgressReport {
  progress: number;
  total?: number;
  message?: string;
}

export interface RequestFate {
  /** Progress notifications the server sent for the request, in all. */
  progressCount: number;
  /** Of those, how many came after the client cancelled it. */
  progressAfterCancellation: number;
  lastProgress?: ProgressReport;
  /** Message numbers: the request, the cancellation, the answer that came anyway. */
  requestSeq?: number;
  cancellationSeq?: number;
  responseSeq?: number;
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const sameId = (value: unknown, id: JsonRpcId) => (typeof value === 'string' || typeof value === 'number') && requestKey(value) === requestKey(id);

/** The fate of the client's request `id` in one connection's events. */
export function requestFate(events: readonly RecordedEvent[], id: JsonRpcId): RequestFate {
  const fate: RequestFate = { progressCount: 0, progressAfterCancellation: 0 };
  for (const event of events) {
    if (event.kind !== 'message') continue;
    const envelope = readEnvelope(event.message);
    const params = asRecord(asRecord(event.message)?.params);
    if (event.direction === 'outgoing') {
      if (envelope.kind === 'request' && fate.requestSeq === undefined && sameId(envelope.id, id)) fate.requestSeq = event.seq;
      if (envelope.method === 'notifications/cancelled' && fate.requestSeq !== undefined && sameId(params?.requestId, id)) fate.cancellationSeq ??= event.seq;
      continue;
    }
    if (fate.requestSeq === undefined) continue;
    if ((envelope.kind === 'response' || envelope.kind === 'error') && sameId(envelope.id, id)) fate.responseSeq ??= event.seq;
    if (envelope.method === 'notifications/progress' && sameId(params?.progressToken, id) && typeof params?.progress === 'number') {
      fate.progressCount++;
      if (fate.cancellationSeq !== undefined) fate.progressAfterCancellation++;
      fate.lastProgress = {
        progress: params.progress,
        ...(typeof params.total === 'number' ? { total: params.total } : {}),
        ...(typeof params.message === 'string' ? { message: params.message } : {}),
      };
    }
  }
  return fate;
}
