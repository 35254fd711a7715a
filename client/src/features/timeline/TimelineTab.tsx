import { useState } from 'react';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { SplitPane } from '../../ui/SplitPane';
import { MethodLatencyView } from './MethodLatencyView';
import { TimelineLanesView } from './TimelineLanesView';
import { useTimelineModel } from './useTimelineModel';
import { formatCount } from '../../ui/formatCount';

export interface TimelineTabProps {
  connectionId: string;
  /** Opens the Log with this event selected. */
  onShowInLog: (seq: number) => void;
}

/** `3 requests`, `1 lane`. */
function count(n: number, noun: string): string {
  return `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** Requests as spans on lanes over time, with per-method latency; a span click opens it in the Log. */
export function TimelineTab({ connectionId, onShowInLog }: TimelineTabProps) {
  const model = useTimelineModel(connectionId);
  const [zoom, setZoom] = useState<number | undefined>(undefined);
  if (model.spans.length === 0) {
    return <EmptyState title="No requests yet">Each request appears here as a span from when it was sent to when it was answered.</EmptyState>;
  }
  const duration = Math.max(1, model.lastTime - model.firstTime);
  const cancelled = model.stats.reduce((sum, row) => sum + row.cancelled, 0);
  const current = zoom ?? 1000 / duration;
  return (
    <SplitPane
      orientation="vertical"
      storageKey="timeline-stats"
      // Room for a few server lanes and the app's two (its request, and the server call under it) at 720 px high.
      defaultSize={300}
      minSize={80}
      dividerLabel="Resize latency table"
      first={
        <div className="flex h-full min-h-0 flex-col">
          <div className="flex items-center gap-2 border-b border-zinc-200 bg-zinc-50 px-2 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-900">
            <span role="status" aria-label="Timeline summary">
              {count(model.spans.length - model.appMessageCount - model.appServerCallCount, 'request')} on {count(model.laneCount, 'lane')}
              {model.appLaneCount > 0 && ` · App: ${count(model.appMessageCount, 'message')}, ${count(model.appServerCallCount, 'server call')} on ${count(model.appLaneCount, 'lane')}`}
              {cancelled > 0 && ` · ${formatCount(cancelled)} cancelled`}
              {model.latestOnly && ' · the events this page holds; earlier ones are in the Log'}
            </span>
            <span className="ml-auto flex gap-1">
              <Button className="h-6 text-xs" onClick={() => setZoom(current * 2)}>
                Zoom in
              </Button>
              <Button className="h-6 text-xs" onClick={() => setZoom(current / 2)}>
                Zoom out
              </Button>
              <Button className="h-6 text-xs" aria-pressed={zoom === undefined} onClick={() => setZoom(undefined)}>
                Fit
              </Button>
            </span>
          </div>
          <div className="min-h-0 flex-1">
            <TimelineLanesView
              spans={model.spans}
              laneCount={model.laneCount}
              appLaneCount={model.appLaneCount}
              firstTime={model.firstTime}
              lastTime={model.lastTime}
              zoom={zoom}
              version={model.version}
              onShowInLog={onShowInLog}
            />
          </div>
        </div>
      }
      second={<MethodLatencyView stats={model.stats} />}
    />
  );
}
