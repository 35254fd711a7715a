import { useState } from 'react';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { SplitPane } from '../../ui/SplitPane';
import { HttpExchangeView } from './HttpExchangeView';
import { useNetworkModel, type NetworkRow } from './useNetworkModel';

export interface NetworkTabProps {
  connectionId: string;
}

/** Every HTTP exchange of a remote connection (MCP and OAuth), as a list with the selected one in full. */
export function NetworkTab({ connectionId }: NetworkTabProps) {
  const rows = useNetworkModel(connectionId);
  const [selectedSeq, setSelectedSeq] = useState<number | undefined>(undefined);
  if (rows.length === 0) {
    return <EmptyState title="No HTTP exchanges">Connections over Streamable HTTP or SSE list each request here, with its OAuth steps.</EmptyState>;
  }
  const selected = rows.find((row) => row.seq === selectedSeq) ?? rows[rows.length - 1]!;
  return (
    <SplitPane
      orientation="horizontal"
      storageKey="network-list"
      defaultSize={520}
      dividerLabel="Resize HTTP exchange details"
      first={
        <div className="h-full overflow-auto">
          <table className="w-full text-xs" aria-label="HTTP exchanges">
            <thead className="sticky top-0 bg-zinc-50 text-left text-zinc-500 dark:bg-zinc-900">
              <tr>
                <th className="px-2 py-1">Method</th>
                <th className="px-2 py-1">Status</th>
                <th className="w-2/5 px-2 py-1">URL</th>
                <th className="px-2 py-1">For</th>
                <th className="px-2 py-1 text-right">ms</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <NetworkRowView key={row.seq} row={row} selected={row.seq === selected.seq} onSelect={() => setSelectedSeq(row.seq)} />
              ))}
            </tbody>
          </table>
        </div>
      }
      second={
        <div className="h-full overflow-auto p-3" role="region" aria-label="HTTP exchange">
          <HttpExchangeView exchange={selected.exchange} />
        </div>
      }
    />
  );
}

function NetworkRowView({ row, selected, onSelect }: { row: NetworkRow; selected: boolean; onSelect: () => void }) {
  const { exchange } = row;
  return (
    <tr
      aria-selected={selected}
      onClick={onSelect}
      className={`cursor-pointer border-b border-zinc-100 dark:border-zinc-800 ${selected ? 'bg-sky-50 dark:bg-sky-950' : 'hover:bg-zinc-50 dark:hover:bg-zinc-900'}`}
    >
      <td className="px-2 py-0.5 font-mono">{exchange.method}</td>
      <td className="px-2 py-0.5">
        <Badge tone={exchange.status >= 400 ? 'danger' : exchange.status >= 300 ? 'warning' : 'success'}>{exchange.status}</Badge>
      </td>
      <td className="max-w-0 truncate px-2 py-0.5 font-mono" title={exchange.url}>
        <button type="button" className="w-full truncate text-left" onClick={onSelect}>
          {pathOf(exchange.url)}
        </button>
      </td>
      <td className="px-2 py-0.5 whitespace-nowrap">{row.purpose}</td>
      <td className="px-2 py-0.5 text-right tabular-nums">{Math.round(exchange.durationMs)}</td>
    </tr>
  );
}

/** Path and query of a URL (the host is the same for most rows; the full URL is in the tooltip and details). */
function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}
