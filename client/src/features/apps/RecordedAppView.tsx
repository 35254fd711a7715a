// In a reopened session: the app a tool rendered, shown again from the recording (its `ui://` resource
// as the recording answered it, the tool input and result the app was sent), read-only.
import { useMemo } from 'react';
import { useConnectionLog } from '../../api/useConnectionLog';
import { recordedAppCall } from './recordedAppCall';
import { ToolAppView } from './lazyAppViews';

export interface RecordedAppViewProps {
  connectionId: string;
  resourceUri: string;
  toolName: string;
  inputSchema: Record<string, unknown>;
}

export function RecordedAppView({ connectionId, resourceUri, toolName, inputSchema }: RecordedAppViewProps) {
  const { entries, count } = useConnectionLog(connectionId);
  const call = useMemo(() => recordedAppCall(entries, count, resourceUri), [entries, count, resourceUri]);
  if (!call) return null;
  return (
    <section aria-label="Recorded app" className="flex flex-col gap-2">
      <h4 className="text-xs font-semibold text-zinc-500 uppercase dark:text-zinc-400">The app as recorded (read-only)</h4>
      <ToolAppView
        connectionId={connectionId}
        resourceUri={resourceUri}
        toolName={toolName}
        inputSchema={inputSchema}
        call={{ data: { ok: true, result: call.toolResult, durationMs: 0 }, variables: { args: call.toolInput }, submittedAt: 0 }}
      />
    </section>
  );
}
