// The layout of the list tabs (tools, prompts, resources, tasks): a list pane of fixed width on the left,
// the selected item's view filling the rest, each scrolling on its own.
import type { ReactNode, RefObject } from 'react';

const LIST_WIDTHS = { narrow: 'w-72', wide: 'w-80' } as const;

export interface MasterDetailProps {
  /** The list pane's content (a flex column: notes, the list, a footer). */
  list: ReactNode;
  /** The selected item's view, or what to do when nothing is selected. */
  detail: ReactNode;
  /** `wide` for lists whose rows carry URIs or ids. */
  listWidth?: keyof typeof LIST_WIDTHS;
  /** The detail pane, e.g. to move focus into it. */
  detailRef?: RefObject<HTMLDivElement | null>;
  /** Pad the detail pane (for views that do not pad themselves). */
  padDetail?: boolean;
}

export function MasterDetail({ list, detail, listWidth = 'narrow', detailRef, padDetail = false }: MasterDetailProps) {
  return (
    <div className="flex h-full min-h-0">
      <div className={`flex ${LIST_WIDTHS[listWidth]} shrink-0 flex-col border-r border-zinc-200 dark:border-zinc-700`}>{list}</div>
      <div ref={detailRef} className={`min-w-0 flex-1 overflow-auto ${padDetail ? 'p-3' : ''}`}>
        {detail}
      </div>
    </div>
  );
}
