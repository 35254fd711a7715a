// The MCP App a tool declares, rendered for one call of it: its `ui://` resource is read through the
// connection (so the read is in the log) as the call starts; the app gets the call's input, then its
// result, or its cancellation when the person cancels it.
import { useMemo } from 'react';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { useConnection } from '../../api/useConnections';
import { useResourceRead } from '../resources/useResourceRead';
import type { AppToolOutcome } from './appHost';
import { AppPanel } from './AppPanel';
import { useAppResource } from './useAppResource';

export interface ToolAppViewProps {
  connectionId: string;
  resourceUri: string;
  toolName: string;
  inputSchema: Record<string, unknown>;
  /** The tool call (a TanStack mutation): the app renders from its start, for its arguments and outcome. */
  call: { data?: RequestOutcome | undefined; variables?: { args: Record<string, unknown> } | undefined; submittedAt: number };
}

/** How the call stands, as the app is told: an MCP error is a tool result with `isError` (the spec's result carries errors). */
function outcomeOf(data: RequestOutcome | undefined): AppToolOutcome {
  if (!data) return { kind: 'pending' };
  if (data.ok) return { kind: 'result', result: (data.result ?? {}) as Record<string, unknown> };
  if (data.cancelled) return { kind: 'cancelled', reason: data.error.message };
  return { kind: 'result', result: { content: [{ type: 'text', text: data.error.message }], isError: true } };
}

export function ToolAppView({ connectionId, resourceUri, toolName, inputSchema, call }: ToolAppViewProps) {
  const connection = useConnection(connectionId);
  const tool = useMemo(() => ({ name: toolName, inputSchema, _meta: { ui: { resourceUri } } }), [toolName, inputSchema, resourceUri]);
  const toolOutcome = useMemo(() => outcomeOf(call.data), [call.data]);
  if (!connection || !call.variables) return null;
  return <ConnectedToolAppView key={call.submittedAt} connection={connection} resourceUri={resourceUri} tool={tool} toolInput={call.variables.args} toolOutcome={toolOutcome} />;
}

interface ConnectedToolAppViewProps {
  connection: ConnectionSummary;
  resourceUri: string;
  tool: Record<string, unknown>;
  toolInput: Record<string, unknown>;
  toolOutcome: AppToolOutcome;
}

function ConnectedToolAppView({ connection, resourceUri, tool, toolInput, toolOutcome }: ConnectedToolAppViewProps) {
  const read = useResourceRead(connection, resourceUri);
  const parsed = useAppResource(connection, resourceUri, read.data?.ok ? read.data.result : undefined);
  if (read.isPending) return <p className="text-xs text-zinc-500">Reading the app {resourceUri}…</p>;
  if (read.error) return <AppProblem text={read.error.message} />;
  if (!read.data.ok) return <AppProblem text={`resources/read of ${resourceUri} failed: ${read.data.error.message}`} />;
  if ('problem' in parsed) return <AppProblem text={parsed.problem} />;
  return <AppPanel connection={connection} app={parsed.app} tool={tool} toolInput={toolInput} toolOutcome={toolOutcome} readOnly={connection.state === 'recorded'} />;
}

function AppProblem({ text }: { text: string }) {
  return (
    <p role="alert" className="text-xs text-red-700 dark:text-red-400">
      The app cannot be shown: {text}
    </p>
  );
}
