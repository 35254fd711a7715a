// A request still waiting for the server: how long it has waited, its progress (percent, once the server
// reports any) and a Cancel button.
import { useRequestProgress } from '../../api/useRequestProgress';
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import { useCancelRequest } from './useCancelRequest';
import { formatElapsed, useElapsed } from './useElapsed';

export interface InFlightRequestViewProps {
  connectionId: string;
  requestKey: string;
  /** What the request is, for the progress bar's name. */
  what: string;
}

export function InFlightRequestView({ connectionId, requestKey, what }: InFlightRequestViewProps) {
  const progress = useRequestProgress(requestKey);
  const cancel = useCancelRequest(connectionId);
  const elapsed = formatElapsed(useElapsed());
  return (
    <div className="flex items-start gap-2">
      <div className="min-w-0 flex-1">
        {progress ? (
          <ProgressBar label={`${what} progress`} progress={progress.progress} total={progress.total} message={progress.message} elapsed={elapsed} />
        ) : (
          <span className="text-xs text-zinc-500 tabular-nums">Waiting for the server… {elapsed}</span>
        )}
      </div>
      <Button variant="danger" className="h-6 text-xs" onClick={() => cancel.mutate(requestKey)} disabled={cancel.isPending || cancel.data?.cancelled}>
        Cancel request
      </Button>
    </div>
  );
}
