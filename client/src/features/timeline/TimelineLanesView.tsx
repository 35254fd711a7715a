// The spans on their lanes, drawn only for the visible time window and lanes (the scroll container is
// the viewport; its scroll position picks what exists in the DOM).
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { buildAxis, fitScale, idleStretches, type AxisSegment } from './timelineAxis';
import type { TimelineMark, TimelineSpan } from './timelineLayout';
import { formatCount } from '../../ui/formatCount';

export interface TimelineLanesViewProps {
  spans: readonly TimelineSpan[];
  laneCount: number;
  /** Lanes of MCP App traffic and the server calls it caused, drawn below the server's under an "App" label. */
  appLaneCount: number;
  firstTime: number;
  lastTime: number;
  /** Pixels per ms; undefined fits the whole recording in the width. */
  zoom: number | undefined;
  /** Changes whenever a span changed (the spans array is appended to in place). */
  version: number;
  onShowInLog: (seq: number) => void;
}

/** A lane holds the span's bar and, under it, a row for the notifications nested in the span. */
const LANE_HEIGHT = 36;
const MARKS_TOP = 24;
const MAX_MARKS_DRAWN = 200;
const AXIS_HEIGHT = 20;
const MAX_DRAWN = 1500;

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** A tick step (1, 2, 5 × 10ⁿ ms) that puts ticks about 100 px apart. */
function tickStep(pxPerMs: number): number {
  const raw = 100 / pxPerMs;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? raw;
}

function spanTitle(span: TimelineSpan, lastTime: number): string {
  const duration = span.end === undefined ? `${formatMs(lastTime - span.start)}+ (no answer yet)` : formatMs(span.end - span.start);
  const marks = span.marks.length ? ` · ${span.marks.length} notification${span.marks.length === 1 ? '' : 's'}` : '';
  const outcome = span.cancelled ? ' · cancelled' : span.failed ? ' · error' : span.ended ? ' · no answer (the connection ended)' : '';
  const side = span.via === 'app' ? 'sent to the server for the app' : span.direction === 'outgoing' ? 'to the app' : 'from the app';
  const lane = span.track === 'app' ? `app lane ${span.lane + 1} (${side})` : `lane ${span.lane + 1}`;
  return `${spanName(span)} · ${duration}${outcome} · ${lane}${marks}`;
}

/** What the bar says: the method and subject; a server call an app caused says it went to the server. */
function spanName(span: TimelineSpan): string {
  return `${span.via === 'app' ? '→ server: ' : ''}${span.method}${span.subject ? ` ${span.subject}` : ''}`;
}

export function TimelineLanesView({ spans, laneCount, appLaneCount, firstTime, lastTime, zoom, version, onShowInLog }: TimelineLanesViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ left: 0, top: 0, width: 800, height: 300 });
  const measure = () => {
    const el = scrollRef.current;
    if (el) setViewport({ left: el.scrollLeft, top: el.scrollTop, width: el.clientWidth, height: el.clientHeight });
  };
  useLayoutEffect(() => {
    measure();
    const observer = new ResizeObserver(measure);
    if (scrollRef.current) observer.observe(scrollRef.current);
    return () => observer.disconnect();
  }, []);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- the spans are appended to in place; version says when
  const idle = useMemo(() => idleStretches(spans, firstTime, lastTime), [spans, version, firstTime, lastTime]);
  const pxPerMs = zoom ?? fitScale(idle, firstTime, lastTime, viewport.width - 16);
  const axis = buildAxis(idle, firstTime, lastTime, pxPerMs);
  const x = axis.x;
  const fromTime = axis.timeAt(viewport.left);
  const toTime = axis.timeAt(viewport.left + viewport.width);
  const fromLane = Math.floor(Math.max(0, viewport.top - AXIS_HEIGHT) / LANE_HEIGHT);
  const toLane = fromLane + Math.ceil(viewport.height / LANE_HEIGHT) + 1;

  const drawn: TimelineSpan[] = [];
  // Where the next drawn span on each lane starts: a label may run past its bar up to there.
  const labelRoom = new Map<TimelineSpan, number>();
  const lastOnLane = new Map<number, TimelineSpan>();
  let visible = 0;
  for (const span of spans) {
    if (span.start > toTime) break;
    const row = rowOf(span, laneCount);
    if ((span.end ?? lastTime) < fromTime || row < fromLane || row > toLane) continue;
    visible++;
    if (drawn.length >= MAX_DRAWN) continue;
    const previous = lastOnLane.get(row);
    if (previous) labelRoom.set(previous, x(span.start) - x(previous.start));
    lastOnLane.set(row, span);
    drawn.push(span);
  }
  const step = tickStep(pxPerMs);
  const ticks: number[] = [];
  for (const segment of axis.segments) {
    if (segment.idle || segment.to < fromTime || segment.from > toTime) continue;
    // A tick label needs about 40 px: none so close to the segment's end that it runs into an idle band's label.
    for (let t = Math.ceil((segment.from - firstTime) / step) * step; t <= segment.to - firstTime && ticks.length < 200; t += step) {
      if (segment.x + segment.width - x(firstTime + t) >= 40 || segment === axis.segments.at(-1)) ticks.push(t);
    }
  }
  const bandHeight = (laneCount + appLaneCount) * LANE_HEIGHT + 8;

  return (
    <div ref={scrollRef} onScroll={measure} className="relative h-full min-h-0 overflow-auto" aria-label="Request lanes" role="group">
      <div className="relative" style={{ width: axis.width + 16, height: AXIS_HEIGHT + bandHeight }}>
        <div className="sticky top-0 z-10 h-5 border-b border-zinc-200 bg-white/90 dark:border-zinc-700 dark:bg-zinc-950/90" aria-hidden>
          {ticks.map((t) => (
            <span key={t} className="absolute top-0.5 border-l border-zinc-300 pl-1 text-[10px] text-zinc-500 dark:border-zinc-600" style={{ left: x(firstTime + t) }}>
              {formatMs(t)}
            </span>
          ))}
        </div>
        {axis.segments
          .filter((segment) => segment.idle)
          .map((segment) => (
            <IdleBand key={segment.from} segment={segment} height={bandHeight} />
          ))}
        {appLaneCount > 0 && <AppLaneBand top={AXIS_HEIGHT + laneCount * LANE_HEIGHT} height={appLaneCount * LANE_HEIGHT} />}
        {drawn.map((span) => (
          <SpanButton key={span.requestSeq} span={span} row={rowOf(span, laneCount)} x={x} lastTime={lastTime} labelRoom={labelRoom.get(span)} onShowInLog={onShowInLog} />
        ))}
      </div>
      {visible > drawn.length && (
        <p role="note" className="sticky bottom-0 left-0 bg-amber-50 px-2 text-xs text-amber-800 dark:bg-amber-950 dark:text-amber-200">
          Showing {formatCount(drawn.length)} of {formatCount(visible)} spans in view: zoom in to see all.
        </p>
      )}
    </div>
  );
}

/** Where the app track begins: MCP App ↔ inspector traffic and the app's server calls, below the server's requests. */
function AppLaneBand({ top, height }: { top: number; height: number }) {
  return (
    <div
      role="img"
      aria-label="App lane: traffic between the inspector and an MCP App, and the server calls it caused"
      className="absolute left-0 w-full border-t border-dashed border-fuchsia-300 text-[10px] text-fuchsia-700 dark:border-fuchsia-700 dark:text-fuchsia-300"
      style={{ top, height }}
    >
      <span className="sticky left-0 px-1">App</span>
    </div>
  );
}

/** An idle stretch drawn as a narrow hatched band, with its real length. */
function IdleBand({ segment, height }: { segment: AxisSegment; height: number }) {
  const label = `Idle ${formatMs(segment.to - segment.from)} (compressed)`;
  return (
    <div
      role="img"
      aria-label={label}
      title={label}
      className="absolute top-0 flex justify-center bg-[repeating-linear-gradient(135deg,transparent_0_4px,rgb(161_161_170/0.25)_4px_6px)] text-[10px] text-zinc-500 dark:text-zinc-400"
      style={{ left: segment.x, width: segment.width, height: AXIS_HEIGHT + height }}
    >
      <span className="mt-0.5 h-4 rounded-sm bg-white px-0.5 leading-4 dark:bg-zinc-950">{formatMs(segment.to - segment.from)}</span>
    </div>
  );
}

/** The row a span is drawn on: its lane, app lanes after the server's. */
function rowOf(span: TimelineSpan, laneCount: number): number {
  return span.track === 'app' ? laneCount + span.lane : span.lane;
}

interface SpanButtonProps {
  span: TimelineSpan;
  row: number;
  x: (time: number) => number;
  lastTime: number;
  /** px from the span's start to the next span on its lane; none when it is the last drawn. */
  labelRoom: number | undefined;
  onShowInLog: (seq: number) => void;
}

// Roughly the width of a character of the 10 px label, to size a label that runs past a short bar.
const LABEL_CHAR_PX = 6;
const MAX_LABEL_PX = 320;

/** One request: its method and subject, a click shows it in the Log; its nested notifications under it. */
function SpanButton({ span, row, x, lastTime, labelRoom, onShowInLog }: SpanButtonProps) {
  const left = x(span.start);
  const width = Math.max(3, x(span.end ?? lastTime) - left);
  const top = AXIS_HEIGHT + 2 + row * LANE_HEIGHT;
  const tone = span.cancelled
    ? 'bg-zinc-200 border-zinc-500 dark:bg-zinc-700'
    : span.failed
    ? 'bg-red-200 border-red-500 dark:bg-red-900'
    : span.ended
    ? 'bg-red-100 border-red-500 border-dashed dark:bg-red-950'
    : span.end === undefined
      ? 'bg-amber-100 border-amber-500 border-dashed dark:bg-amber-900/60'
      : span.direction === 'incoming'
        ? 'bg-violet-100 border-violet-500 dark:bg-violet-900/60'
        : 'bg-sky-100 border-sky-500 dark:bg-sky-900/60';
  const title = spanTitle(span, lastTime);
  const name = spanName(span);
  // A bar too short for its name lets the name run on past it, up to the next span on the lane.
  const labelWidth = Math.min(name.length * LABEL_CHAR_PX + 8, MAX_LABEL_PX, Math.max(width, (labelRoom ?? Infinity) - 2));
  return (
    <>
      <button
        type="button"
        data-lane={span.lane}
        data-track={span.track ?? 'server'}
        data-via={span.via}
        title={title}
        aria-label={title}
        onClick={() => onShowInLog(span.requestSeq)}
        className="absolute h-5 overflow-hidden text-left text-[10px] leading-5 whitespace-nowrap text-zinc-800 dark:text-zinc-100"
        style={{ left, width: Math.max(width, labelWidth), top }}
      >
        <span aria-hidden className={`absolute inset-y-0 left-0 rounded-sm border ${tone}`} style={{ width }} />
        <span className="relative px-1">{name}</span>
      </button>
      {span.marks.length > 0 && (
        <div role="group" aria-label={`Notifications of ${name}`} className="absolute h-2.5" style={{ left, width: Math.max(width, 10), top: top + MARKS_TOP - 2 }}>
          {span.marks.slice(0, MAX_MARKS_DRAWN).map((mark) => (
            <MarkButton key={mark.seq} mark={mark} left={Math.max(0, x(mark.time) - left)} onShowInLog={onShowInLog} />
          ))}
        </div>
      )}
    </>
  );
}

const MARK_TONE: Record<TimelineMark['kind'], string> = {
  progress: 'bg-emerald-600',
  log: 'bg-zinc-500',
  cancelled: 'bg-red-600',
  // The log's colour for faults: what the inspector did, not what a peer sent.
  fault: 'bg-fuchsia-600 dark:bg-fuchsia-400',
};

/** One nested notification, at its time under the span; a click shows it in the Log. */
function MarkButton({ mark, left, onShowInLog }: { mark: TimelineMark; left: number; onShowInLog: (seq: number) => void }) {
  const label = `${mark.kind} ${mark.label}`;
  return (
    <button
      type="button"
      title={label}
      aria-label={label}
      data-kind={mark.kind}
      onClick={() => onShowInLog(mark.seq)}
      className={`absolute top-0 h-2.5 w-1.5 -translate-x-1/2 rounded-sm ${MARK_TONE[mark.kind]} hover:ring-2 hover:ring-sky-400`}
      style={{ left }}
    />
  );
}
