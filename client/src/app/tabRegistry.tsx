// The tabs of a connection's workspace. Adding a feature tab = one id in TabId, one entry in TABS
// (the Record type makes a missing entry a compile error) and its place in TAB_ORDER.
import type { ReactNode } from 'react';
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import { ComposerTab } from '../features/composer/ComposerTab';
import { DiagnosesTab } from '../features/diagnoses/DiagnosesTab';
import { HandshakeTab } from '../features/handshake/HandshakeTab';
import { LogTab } from '../features/messages/LogTab';
import { ResourcesTab } from '../features/resources/ResourcesTab';
import { TimelineTab } from '../features/timeline/TimelineTab';
import { ToolsTab } from '../features/tools/ToolsTab';

export type TabId = 'handshake' | 'tools' | 'resources' | 'log' | 'timeline' | 'composer' | 'diagnoses';

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
  timeline: {
    label: 'Timeline',
    render: ({ connection, showInLog }) => <TimelineTab connectionId={connection.id} onShowInLog={showInLog} />,
  },
  composer: {
    label: 'Raw',
    render: ({ connection, showInLog }) => <ComposerTab connection={connection} onShowInLog={showInLog} />,
  },
  diagnoses: {
    label: 'Diagnoses',
    render: ({ connection, showInLog }) => <DiagnosesTab connectionId={connection.id} onShowInLog={showInLog} />,
  },
};

export const TAB_ORDER = ['handshake', 'tools', 'resources', 'log', 'timeline', 'composer', 'diagnoses'] as const satisfies readonly TabId[];

export const DEFAULT_TAB: TabId = 'handshake';

export const TAB_ITEMS = TAB_ORDER.map((id) => ({ id, label: TABS[id].label }));
