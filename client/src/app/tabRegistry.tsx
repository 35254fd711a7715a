// The tabs of a connection's workspace. Adding a feature tab = one id in TabId, one entry in TABS
// (the Record type makes a missing entry a compile error) and its place in TAB_ORDER.
import type { ReactNode } from 'react';
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import { HandshakeTab } from '../features/handshake/HandshakeTab';
import type { FocusRequest } from '../features/serverLists/useFocusedSelection';
import { lazyView } from '../ui/lazyView';

// The Handshake tab is the first screen; every other tab is its own chunk, fetched when first opened.
const AuthTab = lazyView(() => import('../features/auth/AuthTab').then((module) => module.AuthTab));
const ComposerTab = lazyView(() => import('../features/composer/ComposerTab').then((module) => module.ComposerTab));
const RootsTab = lazyView(() => import('../features/connection/RootsTab').then((module) => module.RootsTab));
const FaultsTab = lazyView(() => import('../features/faults/FaultsTab').then((module) => module.FaultsTab));
const DiagnosesTab = lazyView(() => import('../features/diagnoses/DiagnosesTab').then((module) => module.DiagnosesTab));
const InboxTab = lazyView(() => import('../features/inbox/InboxTab').then((module) => module.InboxTab));
const LoggingTab = lazyView(() => import('../features/logging/LoggingTab').then((module) => module.LoggingTab));
const LogTab = lazyView(() => import('../features/messages/LogTab').then((module) => module.LogTab));
const NetworkTab = lazyView(() => import('../features/network/NetworkTab').then((module) => module.NetworkTab));
const PromptsTab = lazyView(() => import('../features/prompts/PromptsTab').then((module) => module.PromptsTab));
const ResourcesTab = lazyView(() => import('../features/resources/ResourcesTab').then((module) => module.ResourcesTab));
const TasksTab = lazyView(() => import('../features/tasks/TasksTab').then((module) => module.TasksTab));
const TimelineTab = lazyView(() => import('../features/timeline/TimelineTab').then((module) => module.TimelineTab));
const ToolsTab = lazyView(() => import('../features/tools/ToolsTab').then((module) => module.ToolsTab));

export type TabId = 'handshake' | 'tools' | 'resources' | 'prompts' | 'inbox' | 'tasks' | 'roots' | 'logging' | 'log' | 'timeline' | 'composer' | 'faults' | 'diagnoses' | 'network' | 'auth';

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
  faults: {
    label: 'Faults',
    render: ({ connection }) => <FaultsTab connection={connection} />,
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

export const TAB_ORDER = ['handshake', 'tools', 'resources', 'prompts', 'inbox', 'tasks', 'roots', 'logging', 'log', 'timeline', 'network', 'auth', 'composer', 'faults', 'diagnoses'] as const satisfies readonly TabId[];

export const DEFAULT_TAB: TabId = 'handshake';

/**
 * Fetches, once the page starts, the chunks of the tabs a person opens next whatever the server: the
 * Log (10 kB compressed). Fetched on the click instead, it took 0.1–0.7 s while the attach snapshot
 * streamed into the page (a loaded 2-core machine), and the tab then waited for a Suspense reveal.
 */
export function preloadLikelyTabs(): void {
  LogTab.preload().catch(() => {
    // Fetched again when the tab is opened; that render shows the failure.
  });
}

/**
 * The view a connection opens on until the person picks one: Tools when the server has tools (calling
 * them is what most people came for, and the list is one click nearer than from an overview), else
 * Handshake, which says what the server does offer.
 */
export function firstTabFor(connection: Pick<ConnectionSummary, 'handshake'>): TabId {
  return connection.handshake?.serverCapabilities.tools ? 'tools' : DEFAULT_TAB;
}

export const TAB_ITEMS = TAB_ORDER.map((id) => ({ id, label: TABS[id].label }));

/** The tabs that apply to a connection over this transport, in strip order. */
export function tabsFor(transport: ConnectionSummary['target']['transport']): TabId[] {
  return TAB_ORDER.filter((tab) => transport !== 'stdio' || !TABS[tab].remoteOnly);
}
