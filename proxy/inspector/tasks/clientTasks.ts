// The inspector as the receiver of tasks: a task-augmented sampling or elicitation request from the
// server is answered at once with a CreateTaskResult while the request waits in the inbox, and the
// server's `tasks/*` requests are served from the attempt's ClientTaskStore.
// The SDK v2 has the task wire schemas but no task runtime, so this is the part it leaves to us.
// https://modelcontextprotocol.io/specification/2025-11-25/basic/utilities/tasks
import { Client, ProtocolError, type ClientContext, type JSONRPCRequest, type Notification, type Result } from '@modelcontextprotocol/client';
import { z } from 'zod';
import type { ServerRequestAnswer } from '../../../shared/serverRequests';
import { TASK_STATUS_NOTIFICATION, taskAugmentation } from '../../../shared/tasks';
import { ClientTaskStore, TaskRequestError, type ClientTask } from './ClientTaskStore';

type RequestHandler = (request: JSONRPCRequest, ctx: ClientContext) => Promise<Result>;

/** Methods whose task-augmented form the client declares it can receive (`tasks.requests`). */
const TASK_RECEIVING_METHODS = new Set(['sampling/createMessage', 'elicitation/create']);

/**
 * The SDK client checks a sampling or elicitation handler's answer against the plain result schema.
 * A task-augmented request is answered with a CreateTaskResult instead, so that check is skipped for
 * it; the person's answer itself reaches the server later, through `tasks/result`.
 */
export class TaskReceivingClient extends Client {
  protected override _wrapHandler(method: string, handler: RequestHandler): RequestHandler {
    const checked = super._wrapHandler(method, handler);
    if (!TASK_RECEIVING_METHODS.has(method)) return checked;
    return (request, ctx) => (taskAugmentation(request.params) ? handler(request, ctx) : checked(request, ctx));
  }
}

/** Starts waiting for the person's answer; resolves with it (or the inbox's error) whenever it comes. */
export type WaitForAnswer = (timeoutMs: number, signal: AbortSignal, taskId: string) => Promise<ServerRequestAnswer>;

/**
 * Answers a task-augmented request: creates the task, leaves the request waiting (for the requested
 * ttl, or `defaultTtlMs`), and returns the CreateTaskResult to send now.
 */
export function answerAsTask(store: ClientTaskStore, requestedTtl: number | undefined, defaultTtlMs: number, wait: WaitForAnswer): { task: ClientTask } {
  const ttl = requestedTtl ?? defaultTtlMs;
  const { task, signal } = store.create(ttl);
  void wait(ttl, signal, task.taskId).then((answer) => store.finish(task.taskId, answer));
  return { task };
}

const TaskIdParams = z.looseObject({ taskId: z.string() });
const ListParams = z.looseObject({ cursor: z.string().optional() });

/** Serves the server's `tasks/*` requests from the store, and tells the server of each status change. */
export function serveClientTasks(client: Client): ClientTaskStore {
  const store = new ClientTaskStore({
    statusChanged: (task) => {
      // The spec lets a receiver send these; a send failure is recorded by the tap and changes nothing.
      const notification: Notification = { method: TASK_STATUS_NOTIFICATION, params: { ...task } };
      client.notification(notification).catch(() => undefined);
    },
  });
  client.setRequestHandler('tasks/get', { params: TaskIdParams }, ({ taskId }) => serve(() => store.get(taskId)));
  client.setRequestHandler('tasks/result', { params: TaskIdParams }, ({ taskId }) => serve(() => store.result(taskId)));
  client.setRequestHandler('tasks/list', { params: ListParams }, ({ cursor }) => serve(() => store.list(cursor)));
  client.setRequestHandler('tasks/cancel', { params: TaskIdParams }, ({ taskId }) => serve(() => store.cancel(taskId)));
  return store;
}

/** The store's errors become the JSON-RPC errors the spec names. */
async function serve<T>(answer: () => T | Promise<T>): Promise<T & Result> {
  try {
    return (await answer()) as T & Result;
  } catch (error) {
    if (error instanceof TaskRequestError) throw new ProtocolError(error.code, error.message);
    throw error;
  }
}
