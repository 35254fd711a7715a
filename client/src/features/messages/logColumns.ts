// Column layout shared by the log's header and rows (fixed widths keep rows aligned while virtualised).
export const LOG_ROW_HEIGHT = 22;

export const LOG_COLUMNS = [
  { key: 'seq', title: '#', className: 'w-14 shrink-0 pr-2 text-right tabular-nums' },
  { key: 'time', title: 'Time', className: 'w-20 shrink-0 pr-2 text-right tabular-nums' },
  { key: 'clock', title: 'Clock', className: 'w-24 shrink-0 pr-2 text-right tabular-nums max-xl:hidden' },
  { key: 'direction', title: 'Dir', className: 'w-7 shrink-0 text-center' },
  { key: 'kind', title: 'Kind', className: 'w-24 shrink-0 pr-2' },
  { key: 'method', title: 'Method', className: 'w-48 shrink-0 pr-2' },
  { key: 'id', title: 'ID', className: 'w-12 shrink-0 pr-2' },
  { key: 'summary', title: 'Summary', className: 'min-w-0 flex-1 pr-2' },
  { key: 'size', title: 'Size', className: 'w-16 shrink-0 pr-2 text-right tabular-nums' },
  { key: 'latency', title: 'Latency', className: 'w-16 shrink-0 pr-3 text-right tabular-nums' },
] as const;

export type LogColumnKey = (typeof LOG_COLUMNS)[number]['key'];

export const columnClass = Object.fromEntries(LOG_COLUMNS.map((c) => [c.key, c.className])) as Record<LogColumnKey, string>;
