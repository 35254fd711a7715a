import type { MethodLatency } from './timelineLayout';

const ms = (value: number | undefined) => (value === undefined ? '–' : value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`);

/** Count and latency percentiles per method. */
export function MethodLatencyView({ stats }: { stats: readonly MethodLatency[] }) {
  return (
    <div className="h-full overflow-auto">
      <table aria-label="Latency by method" className="w-full text-xs">
        <thead className="sticky top-0 bg-zinc-50 text-left text-zinc-500 dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            <th className="px-2 py-1 font-semibold">Method</th>
            <th className="px-2 py-1 text-right font-semibold">Count</th>
            <th className="px-2 py-1 text-right font-semibold">p50</th>
            <th className="px-2 py-1 text-right font-semibold">p95</th>
            <th className="px-2 py-1 text-right font-semibold">Max</th>
            <th className="px-2 py-1 text-right font-semibold">Errors</th>
            <th className="px-2 py-1 text-right font-semibold">Cancelled</th>
            <th className="px-2 py-1 text-right font-semibold">Unanswered</th>
          </tr>
        </thead>
        <tbody className="font-mono tabular-nums">
          {stats.map((row) => (
            <tr key={row.method} className="border-t border-zinc-100 dark:border-zinc-800">
              <td className="px-2 py-0.5">{row.method}</td>
              <td className="px-2 py-0.5 text-right">{row.count}</td>
              <td className="px-2 py-0.5 text-right">{ms(row.p50)}</td>
              <td className="px-2 py-0.5 text-right">{ms(row.p95)}</td>
              <td className="px-2 py-0.5 text-right">{ms(row.max)}</td>
              <td className="px-2 py-0.5 text-right">{row.failed}</td>
              <td className="px-2 py-0.5 text-right">{row.cancelled}</td>
              <td className="px-2 py-0.5 text-right">{row.unanswered}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
