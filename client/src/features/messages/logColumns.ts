// Column layout shared by the log's header and rows (fixed widths keep rows aligned while virtualised).
export const LOG_ROW_HEIGHT = 22;

// The grid is a size container: as it narrows (a side pane, a small window) the least needed columns
// step aside, widest-first by how little they say, so Summary keeps at least 10 rem and never collapses.
export const LOG_COLUMNS = [
  { key: 'seq', title: '#', className: 'w-14 shrink-0 pr-2 text-right tabular-nums' },
  { key: 'time', title: 'Time', className: 'w-20 shrink-0 pr-2 text-right tabular-nums' },
  { key: 'clock', title: 'Clock', className: 'w-24 shrink-0 pr-2 text-right tabular-nums @max-5xl:hidden' },
  { key: 'direction', title: 'Dir', className: 'w-7 shrink-0 text-center' },
  { key: 'kind', title: 'Kind', className: 'w-24 shrink-0 pr-2 @max-2xl:hidden' },
  { key: 'method', title: 'Method', className: 'w-48 shrink-0 pr-2 @max-3xl:w-36' },
  { key: 'id', title: 'ID', className: 'w-12 shrink-0 pr-2 @max-4xl:hidden' },
  { key: 'summary', title: 'Summary', className: 'min-w-40 flex-1 pr-2' },
  { key: 'size', title: 'Size', className: 'w-16 shrink-0 pr-2 text-right tabular-nums @max-4xl:hidden' },
  { key: 'latency', title: 'Latency', className: 'w-16 shrink-0 pr-3 text-right tabular-nums @max-3xl:hidden' },
] as const;

export type LogColumnKey = (typeof LOG_COLUMNS)[number]['key'];

export const columnClass = Object.fromEntries(LOG_COLUMNS.map((c) => [c.key, c.className])) as Record<LogColumnKey, string>;
