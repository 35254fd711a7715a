import { useMemo } from 'react';
import { useConnectionLog } from '../../api/useConnectionLog';
import { TimelineBuilder } from './timelineLayout';

/**
 * The Timeline tab's data: one incremental builder per connection log (a re-attach replaces the
 * log's entries and so starts a new builder), fed only the entries appended since the last render.
 */
export function useTimelineModel(connectionId: string) {
  const log = useConnectionLog(connectionId);
  const { entries, count } = log;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new builder per connection and per log (entries identity)
  const builder = useMemo(() => new TimelineBuilder(), [connectionId, entries]);
  const version = useMemo(() => {
    builder.update(entries, count);
    return builder.version;
  }, [builder, entries, count]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed when the builder read new entries
  const stats = useMemo(() => builder.latencyByMethod(), [builder, version]);
  return {
    spans: builder.spans,
    laneCount: builder.laneCount,
    appLaneCount: builder.appLaneCount,
    appMessageCount: builder.appMessageCount,
    appServerCallCount: builder.appServerCallCount,
    firstTime: builder.firstTime ?? 0,
    lastTime: builder.lastTime ?? 0,
    version,
    stats,
  };
}
