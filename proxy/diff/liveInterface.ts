// A live server's interface, for `diff` against a recording: connect headless (no client capability,
// as check does), walk every page of each list the server declared, disconnect. Nothing is called.
import type { ConnectionTarget, EraChoice } from '../../shared/connectionTypes';
import type { ServerInterface } from '../../shared/artifacts/interfaceDrift';
import { DEFAULT_CONNECTION_SETTINGS } from '../../shared/connectionTypes';
import { Explorer } from '../check/exploreServer';
import { NO_CLIENT_CAPABILITIES, openHeadlessSession } from '../headless/headlessSession';
import { replaySettings } from '../headless/replayTarget';

const LISTS = [
  { capability: 'tools', method: 'tools/list', field: 'tools', list: 'tools' },
  { capability: 'prompts', method: 'prompts/list', field: 'prompts', list: 'prompts' },
  { capability: 'resources', method: 'resources/list', field: 'resources', list: 'resources' },
  { capability: 'resources', method: 'resources/templates/list', field: 'resourceTemplates', list: 'resourceTemplates' },
] as const;

export type LiveInterface = { ok: true; interface: ServerInterface; listed: (keyof ServerInterface)[]; server: string } | { ok: false; error: string };

interface LiveOptions {
  inspectorVersion: string;
  timeoutMs: number;
  /** What the client declares: the recorded client's capabilities (a server may list more to more), else none. */
  clientCapabilities?: Record<string, unknown> | undefined;
  era?: EraChoice;
}

export async function liveInterface(target: ConnectionTarget, options: LiveOptions): Promise<LiveInterface> {
  const settings = options.clientCapabilities ? replaySettings(options.clientCapabilities, undefined, options.timeoutMs) : { ...DEFAULT_CONNECTION_SETTINGS, capabilities: NO_CLIENT_CAPABILITIES, requestTimeoutMs: options.timeoutMs };
  const opening = await openHeadlessSession({
    target,
    settings: { ...settings, ...(options.era === undefined ? {} : { era: options.era }) },
    inspectorVersion: options.inspectorVersion,
    // Listing asks nothing of a person: a server request (sampling, elicitation) is refused at once.
    answerServerRequest: () => ({ error: { code: -32603, message: 'mcp-inspect diff answers no server request' } }),
  });
  if (opening.outcome !== 'connected') return { ok: false, error: opening.error };
  const { session } = opening;
  try {
    const declared = session.handshake.serverCapabilities;
    const lists: ServerInterface = { tools: [], prompts: [], resources: [], resourceTemplates: [] };
    // check's explorer walks the pages (and stops a server whose cursors never end); a failed page fails the diff.
    const explorer = new Explorer((method, params) => session.request(method, params, { timeoutMs: options.timeoutMs }));
    const listed: (keyof ServerInterface)[] = [];
    for (const { capability, method, field, list } of LISTS) {
      if (declared[capability] === undefined) continue;
      lists[list] = await explorer.listAll(method, field);
      listed.push(list);
    }
    const [failure] = explorer.summary.failures;
    if (failure) return { ok: false, error: `${failure.method} failed: error ${failure.error.code}: ${failure.error.message}` };
    const { name, version } = session.handshake.serverInfo;
    return { ok: true, interface: lists, listed, server: [name, version].filter((part) => typeof part === 'string').join(' ') };
  } finally {
    await session.close();
  }
}
