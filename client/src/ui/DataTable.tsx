// A table of rows described by columns (the Network tab's exchanges, latency by method, recorded sessions):
// the header, the cell padding, number alignment, row borders and the selected row's look kept here once.
// The message log is not one of these: it is a virtualised grid of its own (LogGridView).
import type { ReactNode, ThHTMLAttributes } from 'react';

export interface DataColumn<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Right-aligned, tabular figures, never wrapped. */
  numeric?: boolean;
  /** More classes for this column's cells and header (a width, truncation, a font). */
  className?: string;
  /** Attributes of the header cell, e.g. `aria-sort` on a sortable column. */
  headerProps?: ThHTMLAttributes<HTMLTableCellElement>;
}

export interface DataTableProps<T> {
  /** The table's accessible name. */
  label: string;
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** `compact` for dense tool views (12 px), `comfortable` for pages (14 px). */
  density?: 'compact' | 'comfortable';
  /** A row's accessible name, when the table is read row by row. */
  rowLabel?: (row: T) => string;
  /** Rows can be selected: the selected row's key and what a click on a row does. */
  selection?: { selectedKey: string | number | undefined; onSelect: (row: T) => void };
}

const DENSITY = {
  compact: { table: 'text-xs', cell: 'px-2 py-0.5', header: 'px-2 py-1' },
  comfortable: { table: 'text-sm', cell: 'px-2 py-1 align-middle', header: 'px-2 py-1 text-xs' },
} as const;

export function DataTable<T>({ label, columns, rows, rowKey, density = 'compact', rowLabel, selection }: DataTableProps<T>) {
  const look = DENSITY[density];
  const align = (column: DataColumn<T>) => (column.numeric ? 'text-right tabular-nums whitespace-nowrap' : '');
  return (
    <table aria-label={label} className={`w-full border-collapse ${look.table}`}>
      <thead className="sticky top-0 bg-zinc-50 text-left text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
        <tr className="border-b border-zinc-200 dark:border-zinc-700">
          {columns.map((column, index) => (
            <th key={index} {...column.headerProps} className={`${look.header} font-semibold ${align(column)} ${column.className ?? ''}`}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const key = rowKey(row);
          const selected = selection !== undefined && key === selection.selectedKey;
          const state = selection
            ? `cursor-pointer ${selected ? 'bg-sky-50 dark:bg-sky-950' : 'hover:bg-zinc-50 dark:hover:bg-zinc-900'}`
            : 'hover:bg-zinc-50 dark:hover:bg-zinc-900';
          return (
            <tr
              key={key}
              aria-label={rowLabel?.(row)}
              aria-selected={selection ? selected : undefined}
              onClick={selection ? () => selection.onSelect(row) : undefined}
              className={`border-b border-zinc-100 dark:border-zinc-800 ${state}`}
            >
              {columns.map((column, index) => (
                <td key={index} className={`${look.cell} ${align(column)} ${column.className ?? ''}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
