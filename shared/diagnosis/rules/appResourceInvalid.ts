// MCP Apps (extension 2026-01-26): a tool that declares a UI (`_meta.ui.resourceUri`) must point at a
// `ui://` resource the server serves, as HTML of MIME type `text/html;profile=mcp-app`. Judged from the
// traffic: the tools/list that declares it, and the resources/read of it (the inspector reads it to
// render the app), so a server whose app renders gets no finding.
import { APP_RESOURCE_MIME_TYPE, appResourceUriOf, isAppMimeType } from '../../apps/appResource';
import { specLinks } from '../specLinks';
import { answeredResult, asRecord, describeRequest, showValue, type DiagnosisRule, type FindingDraft } from '../rule';

export const appResourceInvalidRule: DiagnosisRule = {
  descriptor: {
    id: 'app-resource-invalid',
    title: 'MCP App resource unusable',
    severity: 'error',
    specSection: specLinks.mcpAppsResources,
    explanation: `A tool's UI must be a ui:// resource the server can read, of MIME type ${APP_RESOURCE_MIME_TYPE}; otherwise no host can render the app.`,
  },
  createChecker() {
    /** The app resources the tools declared, by URI, with the tool that declared each (bounded by the tool lists). */
    const declared = new Map<string, string>();
    return {
      observe({ message }): FindingDraft[] {
        if (!message || message.sender !== 'server') return [];
        const answered = answeredResult(message);
        if (answered?.request.method === 'tools/list') return checkToolList(answered.result, message.seq, declared);
        const request = message.correlation?.status === 'answers' ? message.correlation.request : undefined;
        const uri = request?.method === 'resources/read' ? request.params?.uri : undefined;
        if (!request || typeof uri !== 'string' || !(declared.has(uri) || uri.startsWith('ui://'))) return [];
        const by = declared.has(uri) ? ` (the UI of tool ${showValue(declared.get(uri))})` : '';
        if (message.envelope.kind === 'error') {
          const error = asRecord(asRecord(message.raw)?.error);
          return [{ message: `${describeRequest(request)} of the app resource ${showValue(uri)}${by} failed: ${showValue(error?.message)}. The app cannot be rendered.`, seqs: [request.seq, message.seq] }];
        }
        if (!answered) return [];
        const contents = Array.isArray(answered.result.contents) ? answered.result.contents.map(asRecord) : [];
        const content = contents.find((item) => item?.uri === uri) ?? contents[0];
        if (!content || isAppMimeType(content.mimeType)) return [];
        return [{ message: `The app resource ${showValue(uri)}${by} has MIME type ${showValue(content.mimeType)}, not ${showValue(APP_RESOURCE_MIME_TYPE)}.`, seqs: [request.seq, message.seq] }];
      },
    };
  },
};

/** Remembers each declared app resource; a declared URI that is not `ui://` is a finding of its own. */
function checkToolList(result: Record<string, unknown>, seq: number, declared: Map<string, string>): FindingDraft[] {
  const tools = Array.isArray(result.tools) ? result.tools : [];
  const drafts: FindingDraft[] = [];
  for (const tool of tools) {
    const uri = appResourceUriOf(tool);
    if (uri === undefined) continue;
    const name = String(asRecord(tool)?.name);
    if (!uri.startsWith('ui://')) drafts.push({ message: `Tool ${showValue(name)} declares its UI at ${showValue(uri)}: an app resource must use the ui:// scheme.`, seqs: [seq] });
    else if (declared.size < 10_000) declared.set(uri, name);
  }
  return drafts;
}
