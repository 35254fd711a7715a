// `check --call-tools`: each tool once, with arguments built from its inputSchema. A tool whose
// arguments cannot be built is skipped and reported, and so is one a host hides from the model (an MCP
// App's private tool: sample arguments say nothing about it, and it may wait for its app by design); a
// tool that requires task augmentation is called as a task and its result fetched with `tasks/result`;
// a result with `isError` is kept with its text.
// https://modelcontextprotocol.io/specification/2025-11-25/basic/utilities/tasks
import { isVisibleToModel, toolVisibility } from '../../shared/apps/appResource';
import { createdTaskOf } from '../../shared/tasks';
import type { Explorer } from './exploreServer';
import { buildArguments } from './sampleArguments';

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** How long the server is asked to keep a task check created (ms). */
export const TASK_TTL_MS = 60_000;
/** The text of an isError result is cut here in the report. */
const MAX_RESULT_TEXT = 500;

/** Whether the server declared that tools/call may be task-augmented (`tasks.requests.tools.call`). */
function declaresTaskToolCalls(serverCapabilities: Record<string, unknown>): boolean {
  return asRecord(asRecord(asRecord(serverCapabilities.tasks)?.requests)?.tools)?.call !== undefined;
}

/** What a tool result says, in one line: its text content, else its structured content. */
export function resultText(result: Record<string, unknown>): string {
  const content = Array.isArray(result.content) ? result.content : [];
  const parts = content.map((item) => {
    const block = asRecord(item);
    return typeof block?.text === 'string' ? block.text : `[${typeof block?.type === 'string' ? block.type : 'content'}]`;
  });
  let text = parts.join(' ').replace(/\s+/g, ' ').trim();
  if (text === '' && result.structuredContent !== undefined) text = JSON.stringify(result.structuredContent) ?? '';
  if (text === '') return '(no text)';
  return text.length > MAX_RESULT_TEXT ? `${text.slice(0, MAX_RESULT_TEXT)}…` : text;
}

/** Calls a tool as a task: the CreateTaskResult first, then `tasks/result`, which waits for the end. */
async function callAsTask(explorer: Explorer, name: string, args: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  const created = await explorer.request('tools/call', { name, arguments: args, task: { ttl: TASK_TTL_MS } });
  const task = createdTaskOf(created);
  // A server may answer a task-augmented call plainly; that answer is then the tool's result.
  if (!task) return created;
  return explorer.request('tasks/result', { taskId: task.taskId }, { name });
}

/** Calls every listed tool once (a name listed twice, a finding of its own, is called once). */
export async function callTools(explorer: Explorer, tools: readonly Record<string, unknown>[], serverCapabilities: Record<string, unknown>): Promise<void> {
  const called = new Set<string>();
  const { skippedTools, toolErrors } = explorer.summary;
  for (const tool of tools) {
    const { name } = tool;
    if (typeof name !== 'string' || called.has(name)) continue;
    called.add(name);
    if (!isVisibleToModel(tool)) {
      skippedTools.push({ name, reason: `its _meta.ui.visibility ${JSON.stringify(toolVisibility(tool))} leaves out "model": only the server's own app calls it, with arguments from its own state` });
      continue;
    }
    const built = buildArguments(tool.inputSchema);
    if (!built.ok) {
      skippedTools.push({ name, reason: `check cannot build arguments from its inputSchema: ${built.problem}` });
      continue;
    }
    let result: Record<string, unknown> | undefined;
    if (asRecord(tool.execution)?.taskSupport === 'required') {
      if (!declaresTaskToolCalls(serverCapabilities)) {
        skippedTools.push({ name, reason: 'its execution.taskSupport is "required", but the server does not declare tasks.requests.tools.call, so no client may call it' });
        continue;
      }
      result = await callAsTask(explorer, name, built.arguments);
    } else {
      result = await explorer.request('tools/call', { name, arguments: built.arguments });
    }
    if (result?.isError === true) toolErrors.push({ name, text: resultText(result) });
  }
}
