// One tool: what it is (title, description, hints, task support, icons, schemas), what changed in it
// during the session, and a way to call it.
import { Badge } from '../../ui/Badge';
import { ClickToLoadImage } from '../../ui/ClickToLoadImage';
import { Disclosure } from '../../ui/Disclosure';
import { JsonView } from '../../ui/JsonView';
import { Markdown } from '../../ui/Markdown';
import { DriftDetailView } from '../serverLists/DriftDetailView';
import type { DriftMark } from '../serverLists/listDrift';
import { taskSupportBadge } from './taskSupportBadge';
import { RecordedAppView } from '../apps/RecordedAppView';
import { ToolCallView } from './ToolCallView';
import { APP_ONLY_MEANING, type ToolFacts } from './toolFacts';
import { descriptionBesidesTitle } from '../serverLists/descriptionBesidesTitle';

export interface ToolDetailViewProps {
  tool: ToolFacts;
  /** How it differs from the tool as first listed in this session, if it does. */
  mark?: DriftMark | undefined;
  connectionId: string;
  connected: boolean;
  /** A tapped connection: the host calls the tools, the inspector only watches (no call form). */
  watchOnly?: boolean;
}

export function ToolDetailView({ tool, mark, connectionId, connected, watchOnly = false }: ToolDetailViewProps) {
  const taskSupport = taskSupportBadge(tool.taskSupport);
  const description = descriptionBesidesTitle(tool.title, tool.description);
  return (
    <section aria-label={`Tool ${tool.name}`} className="flex flex-col gap-3 p-3">
      <header className="flex flex-wrap items-center gap-2">
        {tool.icons.slice(0, 1).map((src) => (
          <ClickToLoadImage key={src} src={src} alt="" what="icon" className="h-6 w-6" />
        ))}
        <h3 className="font-mono text-sm font-semibold">{tool.name}</h3>
        {tool.title && <span className="text-sm text-zinc-600 dark:text-zinc-300">{tool.title}</span>}
        {tool.hints.map((hint) => (
          <Badge key={hint} tone="info">
            {hint}
          </Badge>
        ))}
        {tool.appResourceUri && (
          <Badge tone="accent" title={`Renders the MCP App ${tool.appResourceUri}`}>
            app
          </Badge>
        )}
        {tool.appOnly && (
          <Badge tone="neutral" title={APP_ONLY_MEANING}>
            app only
          </Badge>
        )}
        {taskSupport && (
          <Badge tone={taskSupport.tone} title={taskSupport.title}>
            {taskSupport.label}
          </Badge>
        )}
      </header>
      <DriftDetailView mark={mark} noun="tool" />
      {description && <Markdown text={description} />}
      <Disclosure summary="Input schema">
        <JsonView value={tool.inputSchema} label="Input schema" />
      </Disclosure>
      {tool.outputSchema && (
        <Disclosure summary="Output schema">
          <JsonView value={tool.outputSchema} label="Output schema" />
        </Disclosure>
      )}
      {tool.appResourceUri && !connected && <RecordedAppView connectionId={connectionId} resourceUri={tool.appResourceUri} toolName={tool.name} inputSchema={tool.inputSchema} />}
      {watchOnly ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-300">The host calls this tool; this tapped connection only watches. Its calls are in the Log (filter <code className="font-mono">method:tools/call</code>).</p>
      ) : (
        <ToolCallView key={`${connectionId}/${tool.name}`} connectionId={connectionId} toolName={tool.name} inputSchema={tool.inputSchema} outputSchema={tool.outputSchema} taskSupport={tool.taskSupport} appResourceUri={tool.appResourceUri} connected={connected} />
      )}
    </section>
  );
}
