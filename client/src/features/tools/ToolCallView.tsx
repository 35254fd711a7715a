// Arguments for one tool call, as a form generated from its inputSchema or as JSON (the two edit one
// value; JSON mode is the lazy Monaco editor, completing against the inputSchema), what is wrong with
// them in one list, and the result. A tool that takes no arguments says so instead. Ctrl/Cmd+Enter sends.
import type { KeyboardEvent } from 'react';
import { Button } from '../../ui/Button';
import { JsonEditor } from '../../ui/JsonEditor';
import { SchemaForm, type JsonSchema } from '../../ui/schemaForm';
import { InFlightRequestView } from '../requests/InFlightRequestView';
import { TaskRunChoiceView } from '../tasks/TaskRunChoiceView';
import { ArgumentProblemList } from './ArgumentProblemList';
import { callButtonLabel } from './argumentProblems';
import { ToolAppView } from '../apps/lazyAppViews';
import { ToolOutcomeView } from './ToolOutcomeView';
import { useToolCallModel, type ArgumentsMode } from './useToolCallModel';

export interface ToolCallViewProps {
  connectionId: string;
  toolName: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  /** The tool's `execution.taskSupport`: `optional` offers "Run as task", `required` always runs one. */
  taskSupport?: string;
  /** The MCP App the tool declares: a successful call renders it. */
  appResourceUri?: string | undefined;
  connected: boolean;
}

const MODES: { id: ArgumentsMode; label: string }[] = [
  { id: 'form', label: 'Form' },
  { id: 'json', label: 'JSON' },
];

export function ToolCallView({ connectionId, toolName, inputSchema, outputSchema, taskSupport, appResourceUri, connected }: ToolCallViewProps) {
  const model = useToolCallModel(connectionId, toolName, inputSchema, taskSupport);
  const submit = () => {
    if (connected) model.send();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // The JSON editor handles its own Ctrl/Cmd+Enter (and marks the event handled).
    if (event.defaultPrevented) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
  const problemsId = `${toolName}-argument-problems`;
  const describedBy = model.problems.length > 0 ? problemsId : undefined;

  return (
    <div className="flex flex-col gap-3" onKeyDown={onKeyDown}>
      <div className="flex items-center gap-2">
        <span className="text-xs font-semibold text-zinc-500 uppercase">Arguments</span>
        <div role="group" aria-label="Arguments editor" className="flex gap-1">
          {MODES.map(({ id, label }) => (
            <Button
              key={id}
              variant="ghost"
              className="h-6 text-xs"
              aria-pressed={model.mode === id}
              disabled={model.unparsable && id !== model.mode}
              title={model.unparsable && id !== model.mode ? 'Fix the JSON first: the form can only show arguments that parse' : undefined}
              onClick={() => model.switchMode(id)}
            >
              {label}
            </Button>
          ))}
        </div>
      </div>
      {model.mode === 'json' ? (
        <JsonEditor
          label="Arguments (JSON)"
          value={model.jsonText}
          onChange={model.editJson}
          schema={inputSchema}
          onSubmit={submit}
          minLines={8}
          invalid={model.unparsable}
          describedBy={describedBy}
          listProblems={false}
        />
      ) : model.noArguments ? (
        <p className="text-[13px] text-zinc-600 dark:text-zinc-300">This tool takes no arguments.</p>
      ) : (
        <SchemaForm schema={inputSchema} value={model.value} onChange={model.editForm} errors={model.fieldErrors} idPrefix={`tool-${toolName}`} rootLabel="Arguments" errorsListedByCaller />
      )}
      <ArgumentProblemList id={problemsId} problems={model.problems} urgent={model.refused || model.fieldErrors.length > 0} />
      <TaskRunChoiceView choice={model.taskRun} idPrefix={`tool-${toolName}`} />
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" onClick={model.send} aria-describedby={describedBy} disabled={model.unparsable || !connected || model.call.isPending}>
          {callButtonLabel(model.call.isPending, model.problems.length)}
        </Button>
        {model.refused ? (
          <>
            <span className="text-xs text-red-700 dark:text-red-400">The arguments do not match the input schema; nothing was sent.</span>
            <Button variant="danger" onClick={model.sendAnyway} disabled={!connected || model.call.isPending}>
              Send anyway
            </Button>
          </>
        ) : (
          <span className="text-xs text-zinc-500">Ctrl+Enter</span>
        )}
      </div>
      {model.call.isPending && model.call.requestKey && <InFlightRequestView connectionId={connectionId} requestKey={model.call.requestKey} what="tools/call" />}
      {model.call.error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {model.call.error.message}
        </p>
      )}
      {model.call.data && <ToolOutcomeView connectionId={connectionId} outcome={model.call.data} outputSchema={outputSchema} connected={connected} />}
      {appResourceUri && <ToolAppView connectionId={connectionId} resourceUri={appResourceUri} toolName={toolName} inputSchema={inputSchema} call={model.call} />}
    </div>
  );
}
