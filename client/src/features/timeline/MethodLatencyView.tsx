import { DataTable, type DataColumn } from '../../ui/DataTable';
import type { MethodLatency } from './timelineLayout';

const ms = (value: number | undefined) => (value === undefined ? '–' : value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`);

const COLUMNS: DataColumn<MethodLatency>[] = [
  { header: 'Method', cell: (row) => row.method, className: 'font-mono' },
  { header: 'Count', cell: (row) => row.count, numeric: true },
  { header: 'p50', cell: (row) => ms(row.p50), numeric: true },
  { header: 'p95', cell: (row) => ms(row.p95), numeric: true },
  { header: 'Max', cell: (row) => ms(row.max), numeric: true },
  { header: 'Errors', cell: (row) => row.failed, numeric: true },
  { header: 'Cancelled', cell: (row) => row.cancelled, numeric: true },
  { header: 'Unanswered', cell: (row) => row.unanswered, numeric: true },
];

/** Count and latency percentiles per method. */
export function MethodLatencyView({ stats }: { stats: readonly MethodLatency[] }) {
  return (
    <div className="h-full overflow-auto">
      <DataTable label="Latency by method" columns={COLUMNS} rows={stats} rowKey={(row) => row.method} />
    </div>
  );
}
