// Ctrl/Cmd+K for a connection: jump to any view, or to any tool, resource, template or prompt the UI
// has loaded. While open it also asks for the first page of each list the server declares, so a list
// whose tab was never opened still shows up.
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import { LIST_KINDS, type ListKind } from '../features/serverLists/listKinds';
import { usePagedList } from '../features/serverLists/usePagedList';
import { CommandPalette } from '../ui/CommandPalette';
import { paletteListKinds, type WorkspacePaletteEntry } from './paletteEntries';
import type { TabId } from './tabRegistry';
import { usePaletteEntries } from './usePaletteEntries';

export interface WorkspacePaletteProps {
  connection: ConnectionSummary;
  onOpen: (tab: TabId, itemKey?: string) => void;
  onClose: () => void;
}

function FirstPageLoader({ connection, kind }: { connection: ConnectionSummary; kind: ListKind }) {
  usePagedList(connection, kind);
  return null;
}

function describeSearched(counts: Partial<Record<ListKind, number>>): string {
  const parts = Object.entries(counts).map(([kind, count]) => `${count} ${LIST_KINDS[kind as ListKind].noun}`);
  return parts.length === 0 ? 'Views only: no list loaded yet' : `Loaded: ${parts.join(', ')}`;
}

export function WorkspacePalette({ connection, onOpen, onClose }: WorkspacePaletteProps) {
  const { entries, counts } = usePaletteEntries(connection);
  const capabilities = connection.handshake?.serverCapabilities ?? {};
  const loadable = connection.state === 'connected' ? paletteListKinds().filter((kind) => LIST_KINDS[kind].capability in capabilities) : [];
  const choose = (entry: WorkspacePaletteEntry) => {
    onClose();
    onOpen(entry.tab, entry.itemKey);
  };
  return (
    <>
      {loadable.map((kind) => (
        <FirstPageLoader key={kind} connection={connection} kind={kind} />
      ))}
      <CommandPalette
        label="Go to"
        entries={entries}
        onChoose={choose}
        onClose={onClose}
        placeholder="Go to a tool, resource, prompt or view…"
        footer={describeSearched(counts)}
      />
    </>
  );
}
