// The Log's "Export": downloads the rows that pass the filter now as a session file.
import type { RecordedEvent } from '../../../../shared/recordedEvent';
import { useInspectorClient } from '../../api/inspectorContext';
import type { FilteredLogSnapshot } from '../../api/logStoreView';
import { logExportFileName, logRowsSessionFile } from './logRowsSessionFile';

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/jsonl' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the URL is released on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function useLogExport(rows: FilteredLogSnapshot, connectionId: string): () => void {
  const client = useInspectorClient();
  return () => {
    const events: RecordedEvent[] = [];
    // The loaded events: older ones are on the proxy's disk, in its session file, which holds them all.
    for (let row = rows.olderRows; row < rows.count; row++) {
      const entry = rows.entryAt(row);
      if (entry) events.push(entry.event);
    }
    const { launch, list } = client.connections.getSnapshot();
    const ids = new Set(events.map((event) => event.connectionId));
    const findings = [...ids].flatMap((id) => client.findings.getSnapshot(id).findings);
    const exportedAt = new Date();
    const text = logRowsSessionFile({ events, connections: list, findings, inspectorVersion: launch?.inspectorVersion ?? 'unknown', exportedAt });
    const label = ids.size > 1 ? 'all-connections' : (list.find((connection) => connection.id === connectionId)?.label ?? connectionId);
    download(text, logExportFileName(label, exportedAt));
  };
}
