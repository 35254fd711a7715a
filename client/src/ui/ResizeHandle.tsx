import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

export interface ResizeHandleProps {
  /** The accessible name, e.g. "Resize the wire pane". */
  label: string;
  /** The pane's current size in px. */
  size: number;
  min: number;
  max: number;
  onResize: (size: number) => void;
  /**
   * Which way the pane grows: `down` for a pane above the handle (dragging down enlarges it), `up` for
   * a dock below it, sized from its top edge (dragging up enlarges it).
   */
  grows: 'down' | 'up';
}

/** A horizontal divider that resizes one pane by pointer drag or arrow keys (Shift for bigger steps). */
export function ResizeHandle({ label, size, min, max, onResize, grows }: ResizeHandleProps) {
  const drag = useRef<{ startY: number; startSize: number } | undefined>(undefined);
  const sign = grows === 'down' ? 1 : -1;
  const clamp = (value: number) => Math.round(Math.max(min, Math.min(value, max)));

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startSize: size };
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const start = drag.current;
    if (!start || !event.currentTarget.hasPointerCapture(event.pointerId)) return;
    onResize(clamp(start.startSize + sign * (event.clientY - start.startY)));
  }

  function onKeyDown(event: KeyboardEvent) {
    const step = event.shiftKey ? 80 : 16;
    const delta = { ArrowUp: -step, ArrowDown: step }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    onResize(clamp(size + sign * delta));
  }

  return (
    <div
      role="separator"
      aria-label={label}
      aria-orientation="horizontal"
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = undefined)}
      onKeyDown={onKeyDown}
      className="relative z-10 -my-[2px] h-[5px] shrink-0 cursor-row-resize before:absolute before:inset-x-0 before:top-[2px] before:h-px before:bg-zinc-200 hover:before:bg-sky-500 focus-visible:before:bg-sky-500 dark:before:bg-zinc-700"
    />
  );
}
