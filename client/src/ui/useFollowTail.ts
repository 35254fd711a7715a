import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

const SLACK_PX = 4;

/**
 * Keeps a scroll container pinned to its end while new rows arrive, until the user scrolls away;
 * scrolling back to the end (or `jumpToLatest`) resumes following.
 */
export function useFollowTail(scrollRef: RefObject<HTMLElement | null>, rowCount: number, initiallyFollowing = true) {
  const [following, setFollowing] = useState(initiallyFollowing);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    setFollowing(el.scrollHeight - el.scrollTop - el.clientHeight <= SLACK_PX);
  }, [scrollRef]);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (following && el) el.scrollTop = el.scrollHeight;
  }, [following, rowCount, scrollRef]);

  const jumpToLatest = useCallback(() => {
    const el = scrollRef.current;
    if (el) el.scrollTop = el.scrollHeight;
    setFollowing(true);
  }, [scrollRef]);

  return { following, onScroll, jumpToLatest };
}
