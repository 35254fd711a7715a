import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useSetting } from './useSetting';

export interface SplitPaneProps {
  /** `horizontal`: side by side; `vertical`: one above the other. */
  orientation: 'horizontal' | 'vertical';
  /** Size in px of the first pane, remembered under `storageKey`. */
  defaultSize: number;
  minSize?: number;
  storageKey: string;
  /** The accessible name of the divider, e.g. "Resize message details". */
  dividerLabel: string;
  first: ReactNode;
  second: ReactNode;
  /**
   * Hides the first pane and the divider. The second pane keeps its place in the tree, so its state
   * (a selection, a result) survives showing and hiding the first.
   */
  firstHidden?: boolean;
}

/** Two panes with a draggable (and keyboard-movable) divider between them. */
export function SplitPane({ orientation, defaultSize, minSize = 120, storageKey, dividerLabel, first, second, firstHidden = false }: SplitPaneProps) {
  const [size, setSize] = useSetting(`split.${storageKey}`, defaultSize);
  const container = useRef<HTMLDivElement>(null);
  const horizontal = orientation === 'horizontal';

  function clamp(value: number) {
    const box = container.current?.getBoundingClientRect();
    const total = box ? (horizontal ? box.width : box.height) : Infinity;
    return Math.round(Math.max(minSize, Math.min(value, total - minSize)));
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const box = container.current?.getBoundingClientRect();
    if (!box) return;
    setSize(clamp(horizontal ? event.clientX - box.left : event.clientY - box.top));
  }

  function onKeyDown(event: KeyboardEvent) {
    const step = event.shiftKey ? 80 : 16;
    const delta = { ArrowLeft: -step, ArrowUp: -step, ArrowRight: step, ArrowDown: step }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    setSize(clamp(size + delta));
  }

  return (
    <div ref={container} className={`flex h-full min-h-0 w-full min-w-0 ${horizontal ? 'flex-row' : 'flex-col'}`}>
      <div className="min-h-0 min-w-0 shrink-0 overflow-hidden" hidden={firstHidden} style={horizontal ? { width: size } : { height: size }}>
        {first}
      </div>
      <div
        hidden={firstHidden}
        role="separator"
        aria-label={dividerLabel}
        aria-orientation={horizontal ? 'vertical' : 'horizontal'}
        aria-valuenow={size}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
        className={`relative z-10 shrink-0 before:absolute before:bg-zinc-200 hover:before:bg-sky-500 focus-visible:before:bg-sky-500 dark:before:bg-zinc-700 ${
          horizontal
            ? '-mx-[2px] w-[5px] cursor-col-resize before:inset-y-0 before:left-[2px] before:w-px'
            : '-my-[2px] h-[5px] cursor-row-resize before:inset-x-0 before:top-[2px] before:h-px'
        }`}
      />
      <div className="min-h-0 min-w-0 flex-1 overflow-hidden">{second}</div>
    </div>
  );
}
