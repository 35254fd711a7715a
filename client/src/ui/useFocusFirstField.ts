// After a jump to an item (a palette choice, a link), put the keyboard in its first field, so typing
// and Ctrl/Cmd+Enter work at once; an item without fields gets its primary button. The detail may
// render a frame or two late (lazy parts), so a few frames are tried.
import { useEffect, type RefObject } from 'react';

const FIELD_SELECTOR = 'input:not([type=hidden]):not([type=search]):not(:disabled), textarea:not(:disabled), select:not(:disabled)';
const PRIMARY_SELECTOR = 'button[data-variant="primary"]:not(:disabled)';
const FRAMES_TO_TRY = 10;

/** The element the keyboard should land on inside `container`, if any. */
export function firstField(container: ParentNode): HTMLElement | null {
  return container.querySelector<HTMLElement>(FIELD_SELECTOR) ?? container.querySelector<HTMLElement>(PRIMARY_SELECTOR);
}

/** Focuses the first field inside `containerRef` each time `trigger` changes to a defined value. */
export function useFocusFirstField(containerRef: RefObject<HTMLElement | null>, trigger: number | undefined): void {
  useEffect(() => {
    if (trigger === undefined) return;
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const target = containerRef.current && firstField(containerRef.current);
      if (target) target.focus();
      else if (++tries < FRAMES_TO_TRY) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [containerRef, trigger]);
}
