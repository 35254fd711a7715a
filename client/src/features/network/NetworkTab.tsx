import { useState } from 'react';
import { Badge } from '../../ui/Badge';
import { DataTable, type DataColumn } from '../../ui/DataTable';
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
          <DataTable
            label="HTTP exchanges"
            columns={columns(setSelectedSeq)}
            rows={rows}
            rowKey={(row) => row.seq}
            selection={{ selectedKey: selected.seq, onSelect: (row) => setSelectedSeq(row.seq) }}
          />
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

/** The exchange's columns; the URL is a button, so the keyboard can select a row too. */
function columns(select: (seq: number) => void): DataColumn<NetworkRow>[] {
  return [
    { header: 'Method', cell: (row) => row.exchange.method, className: 'font-mono' },
    {
      header: 'Status',
      cell: ({ exchange }) => <Badge tone={exchange.status >= 400 ? 'danger' : exchange.status >= 300 ? 'warning' : 'success'}>{exchange.status}</Badge>,
    },
    {
      header: 'URL',
      className: 'w-2/5 max-w-0 truncate font-mono',
      cell: (row) => (
        <button type="button" className="w-full truncate text-left" title={row.exchange.url} onClick={() => select(row.seq)}>
          {pathOf(row.exchange.url)}
        </button>
      ),
    },
    { header: 'For', cell: (row) => row.purpose, className: 'whitespace-nowrap' },
    { header: 'ms', cell: (row) => Math.round(row.exchange.durationMs), numeric: true },
  ];
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
