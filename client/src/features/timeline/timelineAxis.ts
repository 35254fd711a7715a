// The timeline's time axis, with idle stretches compressed: where no request is open for longer than
// it is worth drawing, the stretch takes a fixed narrow band (marked idle, with its length) instead
// of its share of the width, so a session with pauses between calls still shows its calls readable.
import type { TimelineSpan } from './timelineLayout';

/** A stretch of the axis: drawn to scale (active) or as a fixed band (idle). */
export interface AxisSegment {
  from: number;
  to: number;
  /** Where it starts on the axis, in px. */
  x: number;
  width: number;
  idle: boolean;
}

export interface TimeAxis {
  segments: AxisSegment[];
  width: number;
  /** The x (px) of a time. */
  x: (time: number) => number;
  /** The time at an x (px); an idle band maps onto its stretch linearly. */
  timeAt: (x: number) => number;
}

/** The width of a compressed idle stretch. */
export const IDLE_BAND_PX = 48;
/** Pauses shorter than this are drawn to scale whatever the zoom. */
const MIN_IDLE_MS = 500;

/** The stretches of the recording with no request open (between firstTime and lastTime). */
export function idleStretches(spans: readonly Pick<TimelineSpan, 'start' | 'end'>[], firstTime: number, lastTime: number): [number, number][] {
  const stretches: [number, number][] = [];
  let busyUntil = firstTime;
  for (const span of spans) {
    if (span.start > busyUntil) stretches.push([busyUntil, span.start]);
    busyUntil = Math.max(busyUntil, span.end ?? lastTime);
  }
  if (lastTime > busyUntil) stretches.push([busyUntil, lastTime]);
  return stretches;
}

/**
 * The axis at a scale: the idle stretches that would be wider than two bands, and at least
 * MIN_IDLE_MS long, are compressed to one band.
 */
export function buildAxis(idle: readonly [number, number][], firstTime: number, lastTime: number, pxPerMs: number): TimeAxis {
  const segments: AxisSegment[] = [];
  let x = 0;
  let cursor = firstTime;
  const push = (from: number, to: number, isIdle: boolean) => {
    if (to <= from) return;
    const width = isIdle ? IDLE_BAND_PX : (to - from) * pxPerMs;
    segments.push({ from, to, x, width, idle: isIdle });
    x += width;
  };
  for (const [from, to] of idle) {
    if (to - from < MIN_IDLE_MS || (to - from) * pxPerMs < 2 * IDLE_BAND_PX) continue;
    push(cursor, from, false);
    push(from, to, true);
    cursor = to;
  }
  push(cursor, Math.max(cursor, lastTime), false);
  const find = (test: (segment: AxisSegment) => boolean) => segments.find(test) ?? segments.at(-1);
  return {
    segments,
    width: x,
    x: (time) => {
      const segment = find((s) => time <= s.to);
      if (!segment) return (time - firstTime) * pxPerMs;
      const within = Math.min(Math.max(time - segment.from, 0), segment.to - segment.from);
      return segment.x + (segment.idle ? (within / (segment.to - segment.from)) * segment.width : within * pxPerMs);
    },
    timeAt: (px) => {
      const segment = find((s) => px <= s.x + s.width);
      if (!segment) return firstTime + px / pxPerMs;
      const within = Math.max(0, px - segment.x);
      return segment.from + (segment.idle ? (within / segment.width) * (segment.to - segment.from) : within / pxPerMs);
    },
  };
}

/** The scale at which the whole recording, idle bands included, fits a width. */
export function fitScale(idle: readonly [number, number][], firstTime: number, lastTime: number, width: number): number {
  const duration = Math.max(1, lastTime - firstTime);
  let pxPerMs = Math.max(1e-6, width / duration);
  // Compressing idle stretches frees room, which may let more stretches count as idle: settle in a few steps.
  for (let step = 0; step < 4; step++) {
    const axis = buildAxis(idle, firstTime, lastTime, pxPerMs);
    const compressed = axis.segments.filter((s) => s.idle);
    const activeMs = duration - compressed.reduce((sum, s) => sum + (s.to - s.from), 0);
    const next = Math.max(1e-6, (width - compressed.length * IDLE_BAND_PX) / Math.max(1, activeMs));
    if (Math.abs(next - pxPerMs) < 1e-9) break;
    pxPerMs = next;
  }
  return pxPerMs;
}
