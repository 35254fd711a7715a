// The tabs of a connection's workspace. Adding a feature tab = one id in TabId, one entry in TABS
// (the Record type makes a missing entry a compile error) and its place in TAB_ORDER.
import type { ReactNode } from 'react';
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import { RootsTab } from '../features/connection/RootsTab';
import { DiagnosesTab } from '../features/diagnoses/DiagnosesTab';
import { HandshakeTab } from '../features/handshake/HandshakeTab';
import { InboxTab } from '../features/inbox/InboxTab';
import { LoggingTab } from '../features/logging/LoggingTab';
import { LogTab } from '../features/messages/LogTab';
import { ResourcesTab } from '../features/resources/ResourcesTab';
import { ToolsTab } from '../features/tools/ToolsTab';

export type TabId = 'handshake' | 'tools' | 'resources' | 'log' | 'diagnoses' | 'inbox' | 'roots' | 'logging';

/** What every tab may use: the connection and the workspace's cross-tab navigation. */
export interface TabContext {
  connection: ConnectionSummary;
  /** The log event selected in the Log tab (kept across tab switches). */
  selectedSeq: number | undefined;
  selectSeq: (seq: number | undefined) => void;
  /** Switches to the Log tab with this event selected. */
  showInLog: (seq: number) => void;
}

export interface TabDefinition {
  label: string;
  render: (context: TabContext) => ReactNode;
}

export const TABS: Record<TabId, TabDefinition> = {
  handshake: {
    label: 'Handshake',
    render: ({ connection, showInLog }) => <HandshakeTab connection={connection} onShowInLog={showInLog} />,
  },
  tools: {
    label: 'Tools',
    render: ({ connection }) => <ToolsTab connection={connection} />,
  },
  resources: {
    label: 'Resources',
    render: ({ connection }) => <ResourcesTab connection={connection} />,
  },
  log: {
    label: 'Log',
    render: ({ connection, selectedSeq, selectSeq }) => (
      <LogTab connectionId={connection.id} selectedSeq={selectedSeq} onSelectSeq={selectSeq} />
    ),
  },
  diagnoses: {
    label: 'Diagnoses',
    render: ({ connection, showInLog }) => <DiagnosesTab connectionId={connection.id} onShowInLog={showInLog} />,
  },
  inbox: {
    label: 'Inbox',
    render: ({ connection }) => <InboxTab connectionId={connection.id} />,
  },
  roots: {
    label: 'Roots',
    render: ({ connection }) => <RootsTab key={connection.id} connection={connection} />,
  },
  logging: {
    label: 'Logging',
    render: ({ connection }) => <LoggingTab connection={connection} />,
  },
};

export const TAB_ORDER = ['handshake', 'tools', 'resources', 'inbox', 'roots', 'logging', 'log', 'diagnoses'] as const satisfies readonly TabId[];

export const DEFAULT_TAB: TabId = 'handshake';

export const TAB_ITEMS = TAB_ORDER.map((id) => ({ id, label: TABS[id].label }));
