// The inspector playing the client's part: the SDK client with the capabilities the person chose,
// and handlers for the requests a server may send. Sampling and elicitation wait in the inbox for a
// person's answer; `roots/list` is answered at once from the connection's roots (a server asks for
// them right after the handshake, and they are connection state the UI edits). A task-augmented
// sampling or elicitation request becomes a client-side task (tasks/clientTasks.ts).
import { type Client, ProtocolError } from '@modelcontextprotocol/client';
import { clientCapabilitiesFor, type DeclaredClientCapabilities } from '../../shared/clientCapabilities';
import type { ConnectionSettings } from '../../shared/connectionTypes';
import type { InboxMethod, ServerRequestAnswer } from '../../shared/serverRequests';
import { taskAugmentation } from '../../shared/tasks';
import { versionNegotiationFor } from './eraNegotiation';
import type { ServerRequestInbox } from './ServerRequestInbox';
import type { ClientTaskStore } from './tasks/ClientTaskStore';
import { answerAsTask, serveClientTasks, TaskReceivingClient } from './tasks/clientTasks';

export interface ClientRoleContext {
  connectionId: string;
  /** Read on each request, so edited roots apply at once. */
  settings(): ConnectionSettings;
  inbox: ServerRequestInbox;
}

/** What the inspector sends as `clientInfo` and `capabilities` in `initialize` with these settings. */
export function declaredClient(inspectorVersion: string, settings: ConnectionSettings): { info: { name: string; version: string }; capabilities: DeclaredClientCapabilities } {
  return { info: { name: 'mcp-inspect', version: inspectorVersion }, capabilities: clientCapabilitiesFor(settings.capabilities) };
}

/** A new SDK client declaring the chosen capabilities, with a handler for each of them. */
export function createInspectorClient(inspectorVersion: string, context: ClientRoleContext): Client {
  const settings = context.settings();
  const { capabilities, era } = settings;
  const declared = declaredClient(inspectorVersion, settings);
  // In modern the same handlers answer the requests embedded in an `input_required` result (MRTR): the
  // SDK collects the answers and retries with `inputResponses`, so they reach the same inbox.
  const client = new TaskReceivingClient(declared.info, {
    enforceStrictCapabilities: false,
    capabilities: declared.capabilities,
    versionNegotiation: versionNegotiationFor(era),
  });
  const tasks = capabilities.tasks ? serveClientTasks(client) : undefined;
  // The SDK refuses a handler for a capability not declared, and answers "method not found" for it.
  if (capabilities.sampling) {
    client.setRequestHandler('sampling/createMessage', (request, ctx) =>
      waitForPerson(context, 'sampling/createMessage', request.params, ctx.mcpReq, { tasks, era: client.getProtocolEra() }),
    );
  }
  if (capabilities.elicitationForm || capabilities.elicitationUrl) {
    client.setRequestHandler('elicitation/create', (request, ctx) =>
      waitForPerson(context, 'elicitation/create', request.params, ctx.mcpReq, { tasks, era: client.getProtocolEra() }),
    );
  }
  if (capabilities.roots) {
    client.setRequestHandler('roots/list', () => ({ roots: context.settings().roots }));
  }
  return client;
}

interface RequestContext {
  id: string | number;
  signal: AbortSignal;
}

interface WaitOptions {
  tasks: ClientTaskStore | undefined;
  era: string | undefined;
}

// The SDK checks the handler's result against the method's result schema before sending it (not
// for a task-augmented request: its answer is the CreateTaskResult).
// A modern connection has no server→client JSON-RPC requests: the SDK calls these handlers only for
// requests embedded in an `input_required` result, with the embedding key as the context id.
async function waitForPerson<T>(context: ClientRoleContext, method: InboxMethod, params: unknown, request: RequestContext, { tasks, era }: WaitOptions): Promise<T> {
  const incoming = {
    connectionId: context.connectionId,
    method,
    params: (params ?? {}) as Record<string, unknown>,
    ...(era === 'modern' ? { inputRequestKey: String(request.id) } : { jsonRpcId: request.id }),
  };
  const augmentation = taskAugmentation(params);
  if (tasks && augmentation) {
    const wait = (timeoutMs: number, signal: AbortSignal, taskId: string) => context.inbox.wait({ ...incoming, timeoutMs, signal, taskId });
    return answerAsTask(tasks, augmentation.ttl, context.settings().serverRequestTimeoutMs, wait) as T;
  }
  const answer = await context.inbox.wait({ ...incoming, timeoutMs: context.settings().serverRequestTimeoutMs, signal: request.signal });
  return resultOrThrow(answer) as T;
}

function resultOrThrow(answer: ServerRequestAnswer): Record<string, unknown> {
  if ('error' in answer) throw new ProtocolError(answer.error.code, answer.error.message, answer.error.data);
  return answer.result;
}
