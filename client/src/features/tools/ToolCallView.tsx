// Arguments for one tool call, as a form generated from its inputSchema or as JSON (the two edit one
// value; JSON mode is the lazy Monaco editor, validating and completing against the inputSchema), and
// the result. Ctrl/Cmd+Enter sends.
import type { KeyboardEvent } from 'react';
import { Button } from '../../ui/Button';
import { JsonEditor } from '../../ui/JsonEditor';
import { SchemaForm, type JsonSchema } from '../../ui/schemaForm';
import { InFlightRequestView } from '../requests/InFlightRequestView';
import { TaskRunChoiceView } from '../tasks/TaskRunChoiceView';
import { ToolOutcomeView } from './ToolOutcomeView';
import { useToolCallModel, type ArgumentsMode } from './useToolCallModel';

export interface ToolCallViewProps {
  connectionId: string;
  toolName: string;
  inputSchema: JsonSchema;
  outputSchema?: JsonSchema;
  /** The tool's `execution.taskSupport`: `optional` offers "Run as task", `required` always runs one. */
  taskSupport?: string;
  connected: boolean;
}

const MODES: { id: ArgumentsMode; label: string }[] = [
  { id: 'form', label: 'Form' },
  { id: 'json', label: 'JSON' },
];

export function ToolCallView({ connectionId, toolName, inputSchema, outputSchema, taskSupport, connected }: ToolCallViewProps) {
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
  const errorId = `${toolName}-arguments-error`;

  return (
    <div className="flex flex-col gap-3" onKeyDown={onKeyDown}>
      <div className="flex items-center gap-2">
        <span className="text-xs font-semibold text-zinc-500 uppercase">Arguments</span>
        <div role="group" aria-label="Arguments editor" className="flex gap-1">
          {MODES.map(({ id, label }) => (
            <Button key={id} variant="ghost" className="h-6 text-xs" aria-pressed={model.mode === id} onClick={() => model.switchMode(id)}>
              {label}
            </Button>
          ))}
        </div>
      </div>
      {model.mode === 'form' ? (
        <SchemaForm schema={inputSchema} value={model.value} onChange={model.editForm} errors={model.errors} idPrefix={`tool-${toolName}`} />
      ) : (
        <JsonEditor
          label="Arguments (JSON)"
          value={model.jsonText}
          onChange={model.editJson}
          schema={inputSchema}
          onSubmit={submit}
          minLines={8}
          invalid={model.jsonError !== undefined}
          describedBy={model.jsonError ? errorId : undefined}
        />
      )}
      {model.jsonError && (
        <p id={errorId} className="text-xs text-red-700 dark:text-red-400">
          {model.jsonError}
        </p>
      )}
      {model.mode === 'json' && model.errors.length > 0 && (
        <ul aria-label="Argument errors" className="text-xs text-red-700 dark:text-red-400">
          {model.errors.map((error, index) => (
            <li key={index}>
              <code>{error.path || '(arguments)'}</code> {error.message}
            </li>
          ))}
        </ul>
      )}
      <TaskRunChoiceView choice={model.taskRun} idPrefix={`tool-${toolName}`} />
      <div className="flex items-center gap-2">
        <Button variant="primary" onClick={model.send} disabled={model.jsonError !== undefined || !connected || model.call.isPending}>
          {model.call.isPending ? 'Calling…' : 'Call tool'}
        </Button>
        {model.blocked && (
          <>
            <span className="text-xs text-red-700 dark:text-red-400">The arguments do not match the input schema; nothing was sent.</span>
            <Button variant="danger" onClick={model.sendAnyway} disabled={!connected || model.call.isPending}>
              Send anyway
            </Button>
          </>
        )}
        {!model.blocked && <span className="text-xs text-zinc-500">Ctrl+Enter</span>}
      </div>
      {model.call.isPending && model.call.requestKey && <InFlightRequestView connectionId={connectionId} requestKey={model.call.requestKey} what="tools/call" />}
      {model.call.error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {model.call.error.message}
        </p>
      )}
      {model.call.data && <ToolOutcomeView connectionId={connectionId} outcome={model.call.data} outputSchema={outputSchema} connected={connected} />}
    </div>
  );
}
