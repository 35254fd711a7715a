// What a tools/call brought back: the tool result; or, for a call made as a task, the task followed
// to its result; or, for a cancelled call, the cancellation and any late answer the server sent anyway.
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { createdTaskOf } from '../../../../shared/tasks';
import type { JsonSchema } from '../../ui/schemaForm';
import { LateResponseNote } from '../requests/LateResponseNote';
import { TaskRunView } from '../tasks/TaskRunView';
import { ToolResultView } from './ToolResultView';

export interface ToolOutcomeViewProps {
  connectionId: string;
  outcome: RequestOutcome;
  outputSchema?: JsonSchema;
  connected: boolean;
}

export function ToolOutcomeView({ connectionId, outcome, outputSchema, connected }: ToolOutcomeViewProps) {
  const createdTask = outcome.ok ? createdTaskOf(outcome.result) : undefined;
  if (createdTask) {
    return (
      <TaskRunView
        key={createdTask.taskId}
        connectionId={connectionId}
        created={createdTask}
        connected={connected}
        renderResult={(result) => <ToolResultView outcome={result} outputSchema={outputSchema} />}
      />
    );
  }
  return (
    <>
      <ToolResultView outcome={outcome} outputSchema={outputSchema} />
      {!outcome.ok && outcome.cancelled && <LateResponseNote connectionId={connectionId} jsonRpcId={outcome.jsonRpcId} />}
    </>
  );
}
