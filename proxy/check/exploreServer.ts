// What `check` does with a connected server: everything a client may do without side effects. Lists
// every page of every list it declared, reads the static resources, gets the prompts that need no
// arguments, pings, and (only when asked) calls each tool once with arguments made up from its schema.
import type { RequestOutcome } from '../../shared/inspectorProtocol';
import { sampleArguments } from './sampleArguments';

/** Sends one request and waits for its outcome (a server error is an outcome, not a failure). */
export type SendRequest = (method: string, params?: Record<string, unknown>) => Promise<RequestOutcome>;

/** What was done, for the report: requests sent per method and how many failed. */
export interface ExplorationSummary {
  requests: Record<string, { sent: number; failed: number }>;
  /** Requests that timed out (and were cancelled by the client). */
  timedOut: number;
}

/** A server that keeps handing out new cursors is stopped after this many pages of one list. */
const MAX_PAGES = 100;
const TIMEOUT_CODE = -32001;

const asRecord = (value: unknown): Record<string, unknown> | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);

class Explorer {
  readonly summary: ExplorationSummary = { requests: {}, timedOut: 0 };

  constructor(private readonly send: SendRequest) {}

  async request(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
    const outcome = await this.send(method, params);
    const count = (this.summary.requests[method] ??= { sent: 0, failed: 0 });
    count.sent++;
    if (outcome.ok) return asRecord(outcome.result);
    count.failed++;
    if (outcome.error.code === TIMEOUT_CODE) this.summary.timedOut++;
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
}

/** Runs the whole exploration; never throws for anything the server does. */
export async function exploreServer(send: SendRequest, { serverCapabilities, callTools, modern = false }: ExploreOptions): Promise<ExplorationSummary> {
  const explorer = new Explorer(send);
  if (serverCapabilities.tools !== undefined) {
    const tools = await explorer.listAll('tools/list', 'tools');
    if (callTools) {
      // A name listed twice (a finding of its own) is called once.
      const called = new Set<string>();
      for (const tool of tools) {
        if (typeof tool.name !== 'string' || called.has(tool.name)) continue;
        called.add(tool.name);
        await explorer.request('tools/call', { name: tool.name, arguments: sampleArguments(tool.inputSchema) });
      }
    }
  }
  if (serverCapabilities.resources !== undefined) {
    const resources = await explorer.listAll('resources/list', 'resources');
    await explorer.listAll('resources/templates/list', 'resourceTemplates');
    for (const resource of resources) if (typeof resource.uri === 'string') await explorer.request('resources/read', { uri: resource.uri });
  }
  if (serverCapabilities.prompts !== undefined) {
    const prompts = await explorer.listAll('prompts/list', 'prompts');
    for (const prompt of prompts) {
      const needsArguments = Array.isArray(prompt.arguments) && prompt.arguments.some((argument) => asRecord(argument)?.required === true);
      if (typeof prompt.name === 'string' && !needsArguments) await explorer.request('prompts/get', { name: prompt.name });
    }
  }
  if (!modern) await explorer.request('ping');
  return explorer.summary;
}
