// Under a request the UI cancelled: the server's answer if it came anyway ("late response").
import type { JsonRpcId } from '../../../../shared/jsonrpc';
import { Badge } from '../../ui/Badge';
import { JsonView } from '../../ui/JsonView';
import { useLateResponse } from './useLateResponse';

export function LateResponseNote({ connectionId, jsonRpcId }: { connectionId: string; jsonRpcId: JsonRpcId | undefined }) {
  const late = useLateResponse(connectionId, jsonRpcId);
  if (!late?.lateAfterCancel || late.event.kind !== 'message') return null;
  const message = late.event.message as { result?: unknown; error?: unknown };
  return (
    <section aria-label="Late response" className="flex flex-col gap-1 rounded border border-amber-300 p-2 dark:border-amber-800">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <Badge tone="warning">late response (after cancel)</Badge>
        <span>
          The server answered anyway, {late.lateAfterCancel.afterMs} ms after the cancellation (log #{late.seq}).
        </span>
      </div>
      <JsonView value={message.result ?? message.error} label="Late response" expandDepth={1} />
    </section>
  );
}
