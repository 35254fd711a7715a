import { useCallback, useSyncExternalStore } from 'react';
import type { RequestProgress } from '../../../shared/serverRequests';
import { useInspectorClient } from './inspectorContext';

/** The latest progress notification of the request sent with this key, if any came. */
export function useRequestProgress(requestKey: string | undefined): RequestProgress | undefined {
  const { progress } = useInspectorClient();
  const subscribe = useCallback(
    (listener: () => void) => (requestKey === undefined ? () => {} : progress.subscribe(requestKey, listener)),
    [progress, requestKey],
  );
  const getSnapshot = useCallback(() => (requestKey === undefined ? undefined : progress.get(requestKey)), [progress, requestKey]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
