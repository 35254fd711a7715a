// What a person can do with the selected exchange: send its request again through the inspector's
// client, open it in the Raw composer to edit first, and pin it (the wire pane keeps pinned rows on top).
import { useMutation } from '@tanstack/react-query';
import { canSend, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { pinSeqOf, type LogEntry } from '../../api/logEntry';
import { useInspectorApi } from '../../api/useInspectorApi';
import { Button } from '../../ui/Button';
import { togglePin, usePinnedSeqs } from '../wire/pinnedExchanges';
import { rawTextFor, resendableRequest } from './resendRequest';

export interface LogRowActionsProps {
  entry: LogEntry;
  pair: LogEntry | undefined;
  /** The entry's connection; sending needs it connected. */
  connection: ConnectionSummary | undefined;
  /** Selects the request Send again sent, once it is answered. */
  onSelectSeq: (seq: number) => void;
  /** Opens the Raw composer with this text. */
  onEditAndSend: (text: string) => void;
}

export function LogRowActions({ entry, pair, connection, onSelectSeq, onEditAndSend }: LogRowActionsProps) {
  const api = useInspectorApi();
  const connectionId = entry.event.connectionId;
  const pins = usePinnedSeqs(connectionId);
  const request = resendableRequest(entry.kind === 'request' ? entry : pair);
  const sendAgain = useMutation({
    mutationFn: (again: NonNullable<typeof request>) => api.request({ connectionId, ...again }),
    onSuccess: (outcome) => {
      if (outcome.requestSeq !== undefined) onSelectSeq(outcome.requestSeq);
    },
  });
  const pinSeq = pinSeqOf(entry);
  const pinned = pins.has(pinSeq);
  const connected = connection !== undefined && canSend(connection);
  return (
    <>
      {request && (
        <>
          <Button
            className="h-6 text-xs"
            disabled={!connected || sendAgain.isPending}
            title={connected ? `Send ${request.method} again with the same params (a new id)` : 'Connect to send'}
            onClick={() => sendAgain.mutate(request)}
          >
            {sendAgain.isPending ? 'Sending…' : 'Send again'}
          </Button>
          <Button className="h-6 text-xs" title="Open this request in the Raw composer to edit it before sending" onClick={() => onEditAndSend(rawTextFor(request, `raw-edit-${pinSeq}`))}>
            Edit and send
          </Button>
        </>
      )}
      <Button className="h-6 text-xs" aria-label="Pin" aria-pressed={pinned} title="Pinned rows stay at the top of the wire pane and are starred in the Log" onClick={() => togglePin(connectionId, pinSeq)}>
        {pinned ? '★ Pinned' : '☆ Pin'}
      </Button>
      {sendAgain.error && (
        <span role="alert" className="max-w-xs truncate text-xs text-red-700 dark:text-red-400" title={sendAgain.error.message}>
          {sendAgain.error.message}
        </span>
      )}
    </>
  );
}
