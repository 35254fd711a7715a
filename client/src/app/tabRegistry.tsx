// The tabs of a connection's workspace. Adding a feature tab = one id in TabId, one entry in TABS
// (the Record type makes a missing entry a compile error) and its place in TAB_ORDER.
import type { ReactNode } from 'react';
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import { AuthTab } from '../features/auth/AuthTab';
import { ComposerTab } from '../features/composer/ComposerTab';
import { RootsTab } from '../features/connection/RootsTab';
import { DiagnosesTab } from '../features/diagnoses/DiagnosesTab';
import { HandshakeTab } from '../features/handshake/HandshakeTab';
import { InboxTab } from '../features/inbox/InboxTab';
import { LoggingTab } from '../features/logging/LoggingTab';
import { LogTab } from '../features/messages/LogTab';
import { NetworkTab } from '../features/network/NetworkTab';
import { PromptsTab } from '../features/prompts/PromptsTab';
import { ResourcesTab } from '../features/resources/ResourcesTab';
import { TasksTab } from '../features/tasks/TasksTab';
import { TimelineTab } from '../features/timeline/TimelineTab';
import { ToolsTab } from '../features/tools/ToolsTab';
import type { FocusRequest } from '../features/serverLists/useFocusedSelection';

export type TabId = 'handshake' | 'tools' | 'resources' | 'prompts' | 'inbox' | 'tasks' | 'roots' | 'logging' | 'log' | 'timeline' | 'composer' | 'diagnoses' | 'network' | 'auth';

/** What every tab may use: the connection and the workspace's cross-tab navigation. */
export interface TabContext {
  connection: ConnectionSummary;
  /** The log event selected in the Log tab (kept across tab switches). */
  selectedSeq: number | undefined;
  selectSeq: (seq: number | undefined) => void;
  /** Switches to the Log tab with this event selected. */
  showInLog: (seq: number) => void;
  /** The latest request to show one of this tab's items (see app/workspaceNavigation.ts). */
  focus?: FocusRequest;
  /** Opens a tab focused on one item (a tool name, a resource URI, a prompt name). */
  openItem: (tab: TabId, itemKey: string) => void;
}

export interface TabDefinition {
  label: string;
  render: (context: TabContext) => ReactNode;
  /** Only for connections over HTTP (Streamable HTTP or SSE): a stdio server has no HTTP or OAuth. */
  remoteOnly?: boolean;
}

export const TABS: Record<TabId, TabDefinition> = {
  handshake: {
    label: 'Handshake',
    render: ({ connection, showInLog }) => <HandshakeTab connection={connection} onShowInLog={showInLog} />,
  },
  tools: {
    label: 'Tools',
    render: ({ connection, focus }) => <ToolsTab connection={connection} focus={focus} />,
  },
  resources: {
    label: 'Resources',
    render: ({ connection, focus }) => <ResourcesTab connection={connection} focus={focus} />,
  },
  prompts: {
    label: 'Prompts',
    render: ({ connection, focus }) => <PromptsTab connection={connection} focus={focus} />,
  },
  log: {
    label: 'Log',
    render: ({ connection, selectedSeq, selectSeq, openItem }) => (
      <LogTab connectionId={connection.id} selectedSeq={selectedSeq} onSelectSeq={selectSeq} onEditAndSend={(text) => openItem('composer', text)} />
    ),
  },
  timeline: {
    label: 'Timeline',
    render: ({ connection, showInLog }) => <TimelineTab connectionId={connection.id} onShowInLog={showInLog} />,
  },
  composer: {
    label: 'Raw',
    render: ({ connection, showInLog, focus }) => <ComposerTab connection={connection} onShowInLog={showInLog} prefill={focus} />,
  },
  diagnoses: {
    label: 'Diagnoses',
    render: ({ connection, showInLog }) => <DiagnosesTab connectionId={connection.id} onShowInLog={showInLog} />,
  },
  inbox: {
    label: 'Inbox',
    render: ({ connection }) => <InboxTab connectionId={connection.id} />,
  },
  tasks: {
    label: 'Tasks',
    render: ({ connection }) => <TasksTab connection={connection} />,
  },
  roots: {
    label: 'Roots',
    render: ({ connection }) => <RootsTab key={connection.id} connection={connection} />,
  },
  logging: {
    label: 'Logging',
    render: ({ connection }) => <LoggingTab connection={connection} />,
  },
  network: {
    label: 'Network',
    remoteOnly: true,
    render: ({ connection }) => <NetworkTab connectionId={connection.id} />,
  },
  auth: {
    label: 'Auth',
    remoteOnly: true,
    render: ({ connection }) => <AuthTab connectionId={connection.id} />,
  },
};

export const TAB_ORDER = ['handshake', 'tools', 'resources', 'prompts', 'inbox', 'tasks', 'roots', 'logging', 'log', 'timeline', 'network', 'auth', 'composer', 'diagnoses'] as const satisfies readonly TabId[];

export const DEFAULT_TAB: TabId = 'handshake';

export const TAB_ITEMS = TAB_ORDER.map((id) => ({ id, label: TABS[id].label }));

/** The tabs that apply to a connection over this transport, in strip order. */
export function tabsFor(transport: ConnectionSummary['target']['transport']): TabId[] {
  return TAB_ORDER.filter((tab) => transport !== 'stdio' || !TABS[tab].remoteOnly);
}
