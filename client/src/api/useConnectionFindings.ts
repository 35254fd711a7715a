import type { FindingsSnapshot } from './findingsStore';
import { useInspectorClient } from './inspectorContext';
import { useKeyedSnapshot } from './useStoreSnapshot';

/** A connection's diagnosis findings, re-rendering at most once per animation frame as they arrive. */
export function useConnectionFindings(connectionId: string): FindingsSnapshot {
  return useKeyedSnapshot(useInspectorClient().findings, connectionId);
}
