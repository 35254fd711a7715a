// A list to pick one item from (tools, prompts, resources, templates, tasks): one button per row, the
// picked one marked aria-current, the look kept here once. Rows are memoised, so a filter keystroke or a
// new selection re-renders only the rows that changed: give `renderRow` and `describeRow` as stable
// (module-level) functions. Off-screen rows skip layout and paint (content-visibility), which keeps a list
// of thousands fast while every row stays in the DOM for find-in-page and assistive technology.
import { memo, type KeyboardEvent, type ReactElement, type ReactNode, type RefObject } from 'react';

export type SelectableListLayout = 'line' | 'stacked';

export interface SelectableListProps<T> {
  /** The list's accessible name. */
  label: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
  /** What the row's button shows. */
  renderRow: (item: T) => ReactNode;
  /** The row button's accessible name and tooltip, where its visible text is not the whole story. */
  describeRow?: (item: T) => RowDescription;
  /** Shown after the row's button, inside its list item (e.g. an invisible follower of the row's task). */
  renderAfterRow?: (item: T) => ReactNode;
  /** `line`: one line per row, cut to fit; `stacked`: a name above a second line. */
  layout?: SelectableListLayout;
  /** useListKeyboard's listProps, when this list is the keyboard's whole list. */
  keyboard?: { ref: RefObject<HTMLUListElement | null>; onKeyDown: (event: KeyboardEvent) => void };
  /** Classes for the list itself (scrolling, flex). */
  className?: string;
}

export interface RowDescription {
  label?: string;
  tooltip?: string;
}

const ROW_LOOK: Record<SelectableListLayout, { item: string; button: string }> = {
  line: {
    item: '[contain-intrinsic-size:auto_28px] [content-visibility:auto]',
    button: 'flex w-full min-w-0 items-baseline gap-2 px-3 py-1 whitespace-nowrap',
  },
  stacked: {
    item: '[contain-intrinsic-size:auto_44px] [content-visibility:auto]',
    button: 'flex w-full flex-col items-start gap-0.5 px-3 py-1.5',
  },
};

const BUTTON_STATES = 'text-left hover:bg-zinc-100 aria-[current=true]:bg-sky-50 dark:hover:bg-zinc-800 dark:aria-[current=true]:bg-sky-950';

interface RowProps<T> {
  item: T;
  rowKey: string;
  selected: boolean;
  onSelect: (key: string) => void;
  renderRow: (item: T) => ReactNode;
  describeRow: ((item: T) => RowDescription) | undefined;
  renderAfterRow: ((item: T) => ReactNode) | undefined;
  layout: SelectableListLayout;
}

const Row = memo(function Row<T>({ item, rowKey, selected, onSelect, renderRow, describeRow, renderAfterRow, layout }: RowProps<T>) {
  const description = describeRow?.(item);
  const look = ROW_LOOK[layout];
  return (
    <li className={look.item}>
      <button
        type="button"
        aria-label={description?.label}
        aria-current={selected ? 'true' : undefined}
        title={description?.tooltip}
        onClick={() => onSelect(rowKey)}
        className={`${look.button} ${BUTTON_STATES}`}
      >
        {renderRow(item)}
      </button>
      {renderAfterRow?.(item)}
    </li>
  );
}) as <T>(props: RowProps<T>) => ReactElement;

export function SelectableList<T>({ label, items, keyOf, selectedKey, onSelect, renderRow, describeRow, renderAfterRow, layout = 'stacked', keyboard, className }: SelectableListProps<T>) {
  return (
    <ul aria-label={label} {...keyboard} className={className}>
      {items.map((item) => {
        const key = keyOf(item);
        return (
          <Row
            key={key}
            item={item}
            rowKey={key}
            selected={key === selectedKey}
            onSelect={onSelect}
            renderRow={renderRow}
            describeRow={describeRow}
            renderAfterRow={renderAfterRow}
            layout={layout}
          />
        );
      })}
    </ul>
  );
}
