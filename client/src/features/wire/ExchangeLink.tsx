// "#37 → #38 · Show in log" under a result: the log numbers of the request and its answer, and a jump to
// the pair in the Log. The answer's number is read from the log store, which paired it on arrival.
import { useCallback, useSyncExternalStore } from 'react';
import { useInspectorClient } from '../../api/inspectorContext';
import { Button } from '../../ui/Button';
import { useShowInLog } from './showInLogContext';
import { exchangeSeqs } from './WireRowView';

export interface ExchangeLinkProps {
  /** The request's seq, from the request's outcome; without one there is nothing to link. */
  requestSeq: number | undefined;
}

/** The seq of the answer paired with this request, once it is in the log. */
function useAnswerSeq(connectionId: string | undefined, requestSeq: number | undefined): number | undefined {
  const { log } = useInspectorClient();
  const subscribe = useCallback((listener: () => void) => (connectionId === undefined ? () => undefined : log.subscribe(connectionId, listener)), [log, connectionId]);
  const getSnapshot = useCallback(() => {
    if (requestSeq === undefined || connectionId === undefined) return undefined;
    const snapshot = log.getSnapshot(connectionId);
    const index = snapshot.indexOfSeq(requestSeq);
    return index === undefined ? undefined : snapshot.entries[index]?.pairSeq;
  }, [log, connectionId, requestSeq]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

export function ExchangeLink({ requestSeq }: ExchangeLinkProps) {
  const workspace = useShowInLog();
  const answerSeq = useAnswerSeq(workspace?.connectionId, requestSeq);
  if (requestSeq === undefined || !workspace) return null;
  return (
    <Button variant="ghost" className="h-6 px-1.5 font-mono text-xs" title="Select this request and its answer in the Log" onClick={() => workspace.showInLog(requestSeq)}>
      {exchangeSeqs(requestSeq, answerSeq)} · Show in log
    </Button>
  );
}
