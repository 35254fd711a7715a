import type { ReactNode } from 'react';

export interface KeyValueItem {
  key: string;
  label: ReactNode;
  value: ReactNode;
}

export interface KeyValueListProps {
  items: readonly KeyValueItem[];
  label?: string;
}

/** A dense two-column list of labelled values (a description list). */
export function KeyValueList({ items, label }: KeyValueListProps) {
  return (
    <dl aria-label={label} className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
      {items.map((item) => (
        <div key={item.key} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{item.label}</dt>
          <dd className="min-w-0 break-words">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
