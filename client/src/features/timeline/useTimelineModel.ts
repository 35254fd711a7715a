import { useMemo } from 'react';
import { useInspectorClient } from '../../api/inspectorContext';
import { useConnectionLog } from '../../api/useConnectionLog';
import { TimelineBuilder } from './timelineLayout';

/**
 * The Timeline tab's data: one incremental builder per connection log (a re-attach replaces the
 * log's entries, and an eviction moves its first held entry, and so starts a new builder), fed only
 * the entries appended since the last render.
 */
export function useTimelineModel(connectionId: string) {
  const { olderEvents } = useInspectorClient();
  const log = useConnectionLog(connectionId);
  const { entries, count, firstIndex } = log;
  // A new builder per connection, per log (entries identity) and after the page let go of its oldest
  // events (its limit): the timeline then lays out the held ones only, and stays as bounded as the log.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  const builder = useMemo(() => new TimelineBuilder(), [connectionId, entries, firstIndex]);
  // Made while the connection had events the page does not hold (before the attach, or let go).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- decided once per builder
  const latestOnly = useMemo(() => firstIndex > 0 || olderEvents.olderCount(connectionId) > 0, [builder]);
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
    latestOnly,
  };
}
