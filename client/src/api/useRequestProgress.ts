import type { RequestProgress } from '../../../shared/serverRequests';
import { useInspectorClient } from './inspectorContext';
import { useKeyedSnapshot } from './useStoreSnapshot';

/** The latest progress notification of the request sent with this key, if any came. */
export function useRequestProgress(requestKey: string | undefined): RequestProgress | undefined {
  return useKeyedSnapshot(useInspectorClient().progress, requestKey);
}
