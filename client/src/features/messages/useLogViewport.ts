// Fixed-height row virtualisation for the log, with auto-follow. Rows are all LOG_ROW_HEIGHT tall, so
// the visible range is arithmetic: no per-row measurements (a general virtualiser rebuilds an array
// of 100,000 measurements whenever the count changes, which under a stream is every frame), and
// following the tail never reads scrollHeight (that forces a layout of the whole grid).
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

const SLACK_PX = 4;

export interface LogViewport {
  scrollRef: React.RefObject<HTMLDivElement | null>;
  /** First and last (exclusive) row to render, overscan included. */
  from: number;
  to: number;
  totalHeight: number;
  following: boolean;
  onScroll: () => void;
  resumeFollowing: () => void;
  /** Scrolls so the row is visible (centred if it was off screen). */
  reveal: (row: number) => void;
}

export function useLogViewport(rowCount: number, rowHeight: number, initiallyFollowing: boolean, overscan = 10): LogViewport {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 600 });
  const [following, setFollowing] = useState(initiallyFollowing);
  const totalHeight = rowCount * rowHeight;
  const totalRef = useRef(totalHeight);
  const followingRef = useRef(following);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const top = el.scrollTop;
    const height = el.clientHeight;
    setViewport((v) => (v.top === top && v.height === height ? v : { top, height }));
    const atEnd = top + height >= totalRef.current - SLACK_PX;
    if (atEnd !== followingRef.current) {
      followingRef.current = atEnd;
      setFollowing(atEnd);
    }
  }, []);

  useLayoutEffect(() => {
    totalRef.current = totalHeight;
    const el = scrollRef.current;
    if (followingRef.current && el) el.scrollTop = Math.max(0, totalHeight - el.clientHeight);
  }, [totalHeight]);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    // A resize (the detail pane opening, the window) must not end following: re-pin, then measure.
    const observer = new ResizeObserver(() => {
      if (followingRef.current) el.scrollTop = Math.max(0, totalRef.current - el.clientHeight);
      onScroll();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [onScroll]);

  const resumeFollowing = useCallback(() => {
    followingRef.current = true;
    setFollowing(true);
    const el = scrollRef.current;
    if (el) el.scrollTop = Math.max(0, totalRef.current - el.clientHeight);
  }, []);

  const reveal = useCallback(
    (row: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const top = row * rowHeight;
      if (top >= el.scrollTop && top + rowHeight <= el.scrollTop + el.clientHeight) return;
      el.scrollTop = Math.max(0, top - el.clientHeight / 2);
    },
    [rowHeight],
  );

  // While following, the rows shown are the tail of the new count at once: waiting for the scroll
  // event that pinning causes would render every frame's rows twice (old range, then new range).
  const top = following ? Math.max(0, totalHeight - viewport.height) : viewport.top;
  const from = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const to = Math.min(rowCount, Math.ceil((top + viewport.height) / rowHeight) + overscan);
  return { scrollRef, from, to, totalHeight, following, onScroll, resumeFollowing, reveal };
}
