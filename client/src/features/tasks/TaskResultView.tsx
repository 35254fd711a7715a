// The answer `tasks/result` brought back for a task, read from the log. The view that started the
// task may render it its own way (a tool result with its output-schema check); otherwise content
// blocks and the raw result are shown.
import type { ReactNode } from 'react';
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { useLogEvent } from '../../api/useLogEvent';
import { Badge } from '../../ui/Badge';
import { JsonView } from '../../ui/JsonView';
import { ContentBlockView } from '../content/ContentBlockView';
import { outcomeOfResult } from './taskFacts';
import type { TaskRecord } from './taskLog';

export interface TaskResultViewProps {
  connectionId: string;
  task: TaskRecord;
  render?: (outcome: RequestOutcome) => ReactNode;
}

export function TaskResultView({ connectionId, task, render }: TaskResultViewProps) {
  const event = useLogEvent(connectionId, task.resultSeq);
  const created = task.history[0]?.time;
  const outcome = outcomeOfResult(event, created);
  if (!outcome) return null;
  if (render) return <>{render(outcome)}</>;
  if (!outcome.ok) {
    return (
      <section aria-label="Task result" className="flex flex-col gap-1">
        <Badge tone="danger">error {outcome.error.code}</Badge>
        <p className="text-sm text-red-700 dark:text-red-400">{outcome.error.message}</p>
      </section>
    );
  }
  const result = (typeof outcome.result === 'object' && outcome.result !== null ? outcome.result : {}) as Record<string, unknown>;
  const content = Array.isArray(result.content) ? result.content : [];
  return (
    <section aria-label="Task result" className="flex flex-col gap-2">
      {content.map((block, index) => (
        <ContentBlockView key={index} block={block} index={index} />
      ))}
      <JsonView value={outcome.result} label="Task result JSON" expandDepth={content.length > 0 ? 0 : 2} />
    </section>
  );
}
