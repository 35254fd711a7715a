// MCP Apps (extension 2026-01-26): what an app (the spec's "View") sends its host must be the protocol the
// spec defines. Judged from the recorded `app` events (inspector ↔ app over postMessage), per app resource:
// each `from-app` message against the spec's View → Host messages and their official schemas, the MCP
// lifecycle and id rules the View's connection inherits, tool visibility, and display modes on offer.
// The app is the server's code, so its misuse is the server's finding.
import { readEnvelope, requestKey, type JsonRpcId } from '../../jsonrpc';
import { isCallableByApp, toolVisibility } from '../../apps/appResource';
import { hostOnlyMethods, viewMessageSchemas } from '../../apps/viewMessages';
import type { RecordedEvent } from '../../recordedEvent';
import { specLinks } from '../specLinks';
import { describeProblems, issuesToProblems } from '../zodIssues';
import { answeredResult, asRecord, describeRequest, showValue, type DiagnosisRule, type FindingDraft } from '../rule';

/** What the rule remembers about one rendered app (keyed by its resource), reset by each `ui/initialize`. */
interface ViewState {
  /** The id of its `ui/initialize`, until the host answers it. */
  initializeId?: JsonRpcId;
  initialized: boolean;
  /** Its requests the host has not answered yet, by id key, with their method. */
  pending: Map<string, string>;
  /** The display modes the host offers (`hostContext.availableDisplayModes`), once it said. */
  hostDisplayModes?: unknown[];
}

const MAX_PENDING = 1_000;

export const appProtocolMisuseRule: DiagnosisRule = {
  descriptor: {
    id: 'app-protocol-misuse',
    title: 'MCP App misuses the host protocol',
    severity: 'error',
    specSection: specLinks.mcpAppsCommunication,
    explanation:
      'An app must speak JSON-RPC with the messages the MCP Apps spec defines from the View to the host, in their schema, after its ui/initialize, with unique request ids, asking only for tools visible to apps and display modes the host offers.',
  },
  createChecker() {
    /** Tools by name, from the tools/list results in the stream (bounded by the lists). */
    const tools = new Map<string, unknown>();
    const views = new Map<string, ViewState>();
    const viewOf = (uri: string): ViewState => {
      let view = views.get(uri);
      if (!view) {
        if (views.size >= 100) views.clear();
        view = { initialized: false, pending: new Map() };
        views.set(uri, view);
      }
      return view;
    };
    return {
      observe({ event, message }): FindingDraft[] {
        const listed = answeredResult(message);
        if (listed?.request.method === 'tools/list' && Array.isArray(listed.result.tools)) {
          for (const tool of listed.result.tools) {
            const name = asRecord(tool)?.name;
            if (typeof name === 'string' && tools.size < 10_000) tools.set(name, tool);
          }
        }
        if (event.kind !== 'app') return [];
        const view = viewOf(event.resourceUri);
        if (event.direction === 'to-app') {
          hearHost(view, event.message);
          return [];
        }
        return checkViewMessage(event, view, tools);
      },
    };
  },
};

/** The host's answers end the View's requests; its initialize answer and context say which display modes it offers. */
function hearHost(view: ViewState, raw: unknown): void {
  const envelope = readEnvelope(raw);
  if ((envelope.kind === 'response' || envelope.kind === 'error') && envelope.id !== undefined) {
    view.pending.delete(requestKey(envelope.id));
    if (envelope.id === view.initializeId) {
      view.initialized = true;
      view.initializeId = undefined;
      rememberDisplayModes(view, asRecord(asRecord(asRecord(raw)?.result)?.hostContext));
    }
  } else if (envelope.method === 'ui/notifications/host-context-changed') {
    rememberDisplayModes(view, asRecord(asRecord(raw)?.params));
  }
}

function rememberDisplayModes(view: ViewState, context: Record<string, unknown> | undefined): void {
  if (Array.isArray(context?.availableDisplayModes)) view.hostDisplayModes = context.availableDisplayModes;
}

function checkViewMessage(event: Extract<RecordedEvent, { kind: 'app' }>, view: ViewState, tools: Map<string, unknown>): FindingDraft[] {
  const app = `The app ${showValue(event.resourceUri)}`;
  const seqs = [event.seq];
  const envelope = readEnvelope(event.message);
  if (envelope.kind === 'invalid') return [{ message: `${app} sent ${showValue(event.message)}, which is not a JSON-RPC 2.0 message: an app talks to its host in JSON-RPC only.`, seqs }];
  const { kind, method, id } = envelope;
  if (method === undefined) return []; // an answer to the host's own request
  const named = kind === 'request' && id !== undefined ? describeRequest({ method, id }) : method;
  if (method === 'ui/initialize' && id !== undefined) {
    // A new View (a reload, another call): what the previous one left pending is gone with it.
    view.initializeId = id;
    view.initialized = false;
    view.pending.clear();
  }
  if (hostOnlyMethods.has(method)) return [{ message: `${app} sent ${named}, which the spec defines only from the host to the View: an app must not send it.`, seqs }];
  const drafts: FindingDraft[] = [];
  const schema = viewMessageSchemas[method];
  const parsed = schema?.safeParse(event.message);
  if (parsed && !parsed.success) {
    const problems = issuesToProblems(parsed.error.issues);
    if (problems.length > 0) drafts.push({ message: `${app} sent ${named}, which does not match the spec's schema: ${describeProblems(problems)}.`, seqs });
  }
  if (kind !== 'request' || id === undefined) return drafts;
  if (!view.initialized && method !== 'ui/initialize' && method !== 'ping') {
    drafts.push({
      message: `${app} sent ${named} before the host answered its ui/initialize: a View starts with the ui/initialize handshake and should send no other request (but ping) until it is answered.`,
      seqs,
      severity: 'warning',
    });
  }
  const key = requestKey(id);
  const earlier = view.pending.get(key);
  if (earlier !== undefined) drafts.push({ message: `${app} sent ${named} while its ${earlier} request with the same id was still unanswered: a request id must not be reused.`, seqs });
  else if (view.pending.size < MAX_PENDING) view.pending.set(key, method);
  if (method === 'tools/call') drafts.push(...checkToolVisibility(app, named, event.message, tools, seqs));
  if (method === 'ui/request-display-mode') drafts.push(...checkDisplayMode(app, named, event.message, view, seqs));
  return drafts;
}

function checkToolVisibility(app: string, named: string, raw: unknown, tools: Map<string, unknown>, seqs: number[]): FindingDraft[] {
  const name = asRecord(asRecord(raw)?.params)?.name;
  const tool = typeof name === 'string' ? tools.get(name) : undefined;
  if (tool === undefined || isCallableByApp(tool)) return [];
  const visibility = toolVisibility(tool);
  return [{ message: `${app} sent ${named} of tool ${showValue(name)}, whose visibility ${showValue(visibility)} leaves out "app": only tools visible to apps may be called from one, and the host must refuse it.`, seqs }];
}

function checkDisplayMode(app: string, named: string, raw: unknown, view: ViewState, seqs: number[]): FindingDraft[] {
  const mode = asRecord(asRecord(raw)?.params)?.mode;
  if (view.hostDisplayModes === undefined || typeof mode !== 'string' || view.hostDisplayModes.includes(mode)) return [];
  return [{ message: `${app} sent ${named} for mode ${showValue(mode)}, which the host does not offer (${showValue(view.hostDisplayModes)}): a View must check the host context's availableDisplayModes first.`, seqs }];
}
