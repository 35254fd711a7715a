// What `check` does with a connected server: everything a client may do without side effects. Lists
// every page of every list it declared, reads the static resources, gets the prompts that need no
// arguments, pings, and (only when asked) calls each tool once with arguments made up from its schema.
// Every request that fails is kept with what it asked for and the error, for the report.
import type { JsonRpcId } from '../../shared/jsonrpc';
import type { McpError, RequestOutcome } from '../../shared/inspectorProtocol';
import { callTools } from './callTools';
import type { RequestFate } from './requestFate';

/** Which of check's bounds ended a request: its idle timeout, its total bound, or the run's bound. */
export type RequestBound = 'idle' | 'total' | 'run';

/** An outcome as check's sender reports it: a request it cut off says which bound did it. */
export type CheckOutcome = RequestOutcome & { bound?: RequestBound };

/** Sends one request and waits for its outcome (a server error is an outcome, not a failure). */
export type SendRequest = (method: string, params?: Record<string, unknown>) => Promise<CheckOutcome>;

/** What a request was about: its method, and the tool or prompt name or resource URI it named. */
export interface RequestSubject {
  method: string;
  name?: string;
  uri?: string;
}

/** `tools/call "echo"`, `resources/read demo://1`, `ping`. */
export function describeSubject(request: RequestSubject): string {
  if (request.name !== undefined) return `${request.method} "${request.name}"`;
  if (request.uri !== undefined) return `${request.method} ${request.uri}`;
  return request.method;
}

/** A request that did not succeed: a server error, or no answer within a bound (and then cancelled). */
export interface FailedRequest extends RequestSubject {
  error: Pick<McpError, 'code' | 'message'>;
  /** The id it went out with, when check cancelled it (to find what followed on the wire). */
  jsonRpcId?: JsonRpcId;
  bound?: RequestBound;
  /** For a request check cancelled: what the server did with it afterwards (filled in after the run). */
  fate?: RequestFate;
  /** Ended by its idle or total bound and never answered, not even after the cancellation: a finding. */
  hung?: boolean;
}

/** A tool call the server answered with `isError: true`, and the text of that result. */
export interface ToolErrorResult {
  name: string;
  text: string;
}

/** A tool check did not call, and why. */
export interface SkippedTool {
  name: string;
  reason: string;
}

/** One request check sent, in order: what it was about, how long it took, how it ended. */
export interface SentRequest extends RequestSubject {
  durationMs: number;
  /** The seq of the recorded request message (absent if it never went out). */
  requestSeq?: number;
  ok: boolean;
  /** The error it ended with, when it did not succeed. */
  error?: Pick<McpError, 'code' | 'message'>;
  /** The JSON-RPC id it went out with. */
  jsonRpcId?: JsonRpcId;
}

/** The names the server listed, for `--expect-tool`, `--expect-prompt` and `--expect-resource`. */
export interface ListedNames {
  tools: string[];
  prompts: string[];
  /** Resource URIs, and resource templates' `uriTemplate`s. */
  resources: string[];
}

/** What was done, for the report. */
export interface ExplorationSummary {
  /** Requests sent per method and how many failed. */
  requests: Record<string, { sent: number; failed: number }>;
  /** Every request sent, in order. */
  sent: SentRequest[];
  listed: ListedNames;
  /** Requests that timed out (and were cancelled by the client). */
  timedOut: number;
  failures: FailedRequest[];
  toolErrors: ToolErrorResult[];
  skippedTools: SkippedTool[];
  /** Set when the run's bound ended the exploration early: what was left undone. */
  stoppedEarly?: string;
}

/** A server that keeps handing out new cursors is stopped after this many pages of one list. */
const MAX_PAGES = 100;
const TIMEOUT_CODE = -32001;

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** The name or URI a request's params carry. */
function subjectOf(params: Record<string, unknown> | undefined): Omit<RequestSubject, 'method'> {
  if (typeof params?.name === 'string') return { name: params.name };
  if (typeof params?.uri === 'string') return { uri: params.uri };
  return {};
}

export class Explorer {
  readonly summary: ExplorationSummary = { requests: {}, sent: [], listed: { tools: [], prompts: [], resources: [] }, timedOut: 0, failures: [], toolErrors: [], skippedTools: [] };

  constructor(
    private readonly send: SendRequest,
    /** Why the run must stop now (its bound was reached), or undefined to go on. */
    private readonly stopReason: () => string | undefined = () => undefined,
  ) {}

  /** The result, or undefined when the request failed (the failure is kept) or was not sent. */
  async request(method: string, params?: Record<string, unknown>, subject: Omit<RequestSubject, 'method'> = subjectOf(params)): Promise<Record<string, unknown> | undefined> {
    const stopReason = this.stopReason();
    if (stopReason !== undefined) {
      this.summary.stoppedEarly ??= stopReason;
      return undefined;
    }
    const outcome = await this.send(method, params);
    const count = (this.summary.requests[method] ??= { sent: 0, failed: 0 });
    count.sent++;
    const jsonRpcId = outcome.ok ? undefined : outcome.jsonRpcId;
    this.summary.sent.push({
      method,
      ...subject,
      durationMs: outcome.durationMs,
      ...(outcome.requestSeq === undefined ? {} : { requestSeq: outcome.requestSeq }),
      ok: outcome.ok,
      ...(outcome.ok ? {} : { error: { code: outcome.error.code, message: outcome.error.message } }),
      ...(jsonRpcId === undefined ? {} : { jsonRpcId }),
    });
    if (outcome.ok) return asRecord(outcome.result);
    count.failed++;
    if (outcome.error.code === TIMEOUT_CODE || outcome.bound !== undefined) this.summary.timedOut++;
    this.summary.failures.push({
      method,
      ...subject,
      error: { code: outcome.error.code, message: outcome.error.message },
      ...(outcome.jsonRpcId === undefined ? {} : { jsonRpcId: outcome.jsonRpcId }),
      ...(outcome.bound === undefined ? {} : { bound: outcome.bound }),
    });
    return undefined;
  }

  /** Every item of every page; stops at a repeated cursor (the diagnosis reports it) or at MAX_PAGES. */
  async listAll(method: string, field: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await this.request(method, cursor === undefined ? undefined : { cursor });
      const list = result?.[field];
      if (Array.isArray(list)) items.push(...list.flatMap((item) => (asRecord(item) ? [asRecord(item)!] : [])));
      const next = result?.nextCursor;
      if (typeof next !== 'string' || seen.has(next)) break;
      seen.add(next);
      cursor = next;
    }
    return items;
  }
}

export interface ExploreOptions {
  serverCapabilities: Record<string, unknown>;
  callTools: boolean;
  /** 2026-07-28 has no `ping`: a modern connection is not pinged. */
  modern?: boolean;
  /** Why the run must stop now (its bound was reached), or undefined to go on. */
  stopReason?: () => string | undefined;
}

const namesOf = (items: readonly Record<string, unknown>[], field: string): string[] => items.flatMap((item) => (typeof item[field] === 'string' ? [item[field]] : []));

/** Runs the whole exploration; never throws for anything the server does. */
export async function exploreServer(send: SendRequest, { serverCapabilities, callTools: shouldCallTools, modern = false, stopReason }: ExploreOptions): Promise<ExplorationSummary> {
  const explorer = new Explorer(send, stopReason);
  if (serverCapabilities.tools !== undefined) {
    const tools = await explorer.listAll('tools/list', 'tools');
    explorer.summary.listed.tools = namesOf(tools, 'name');
    if (shouldCallTools) await callTools(explorer, tools, serverCapabilities);
  }
  if (serverCapabilities.resources !== undefined) {
    const resources = await explorer.listAll('resources/list', 'resources');
    const templates = await explorer.listAll('resources/templates/list', 'resourceTemplates');
    explorer.summary.listed.resources = [...namesOf(resources, 'uri'), ...namesOf(templates, 'uriTemplate')];
    for (const resource of resources) if (typeof resource.uri === 'string') await explorer.request('resources/read', { uri: resource.uri });
  }
  if (serverCapabilities.prompts !== undefined) {
    const prompts = await explorer.listAll('prompts/list', 'prompts');
    explorer.summary.listed.prompts = namesOf(prompts, 'name');
    for (const prompt of prompts) {
      const needsArguments = Array.isArray(prompt.arguments) && prompt.arguments.some((argument) => asRecord(argument)?.required === true);
      if (typeof prompt.name === 'string' && !needsArguments) await explorer.request('prompts/get', { name: prompt.name });
    }
  }
  if (!modern) await explorer.request('ping');
  return explorer.summary;
}
