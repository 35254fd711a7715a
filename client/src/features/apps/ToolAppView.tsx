// The MCP App a tool declares, rendered for one call of it: its `ui://` resource is read through the
// connection (so the read is in the log), then the app gets the call's input and result.
import { readAppResource } from '../../../../shared/apps/appResource';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { useConnection } from '../../api/useConnections';
import { useResourceRead } from '../resources/useResourceRead';
import { AppPanel } from './AppPanel';

export interface ToolAppViewProps {
  connectionId: string;
  resourceUri: string;
  toolName: string;
  inputSchema: Record<string, unknown>;
  /** The tool call (a TanStack mutation): the app renders once it succeeded, for its arguments and result. */
  call: { data?: RequestOutcome | undefined; variables?: { args: Record<string, unknown> } | undefined; submittedAt: number };
}

export function ToolAppView({ connectionId, resourceUri, toolName, inputSchema, call }: ToolAppViewProps) {
  const connection = useConnection(connectionId);
  if (!connection || !call.data?.ok || !call.variables) return null;
  const tool = { name: toolName, inputSchema, _meta: { ui: { resourceUri } } };
  const toolResult = (call.data.result ?? {}) as Record<string, unknown>;
  return <ConnectedToolAppView key={call.submittedAt} connection={connection} resourceUri={resourceUri} tool={tool} toolInput={call.variables.args} toolResult={toolResult} />;
}

interface ConnectedToolAppViewProps {
  connection: ConnectionSummary;
  resourceUri: string;
  tool: Record<string, unknown>;
  toolInput: Record<string, unknown>;
  toolResult: Record<string, unknown>;
}

function ConnectedToolAppView({ connection, resourceUri, tool, toolInput, toolResult }: ConnectedToolAppViewProps) {
  const read = useResourceRead(connection, resourceUri);
  if (read.isPending) return <p className="text-xs text-zinc-500">Reading the app {resourceUri}…</p>;
  if (read.error) return <AppProblem text={read.error.message} />;
  if (!read.data.ok) return <AppProblem text={`resources/read of ${resourceUri} failed: ${read.data.error.message}`} />;
  const parsed = readAppResource(resourceUri, read.data.result);
  if ('problem' in parsed) return <AppProblem text={parsed.problem} />;
  return <AppPanel connectionId={connection.id} app={parsed.app} tool={tool} toolInput={toolInput} toolResult={toolResult} readOnly={connection.state === 'recorded'} />;
}

function AppProblem({ text }: { text: string }) {
  return (
    <p role="alert" className="text-xs text-red-700 dark:text-red-400">
      The app cannot be shown: {text}
    </p>
  );
}
