// MCP Apps (extension spec 2026-01-26): which tool declares a UI, and what its `ui://` resource holds.
// Pure reading of server data, shared by the UI (to render the app) and the diagnosis (to judge it).
// https://github.com/modelcontextprotocol/ext-apps/blob/main/specification/2026-01-26/apps.mdx

/** The MIME type an app's HTML resource must have. */
export const APP_RESOURCE_MIME_TYPE = 'text/html;profile=mcp-app';

/** The CSP domains a resource declares in `_meta.ui.csp` (each maps to CSP directives). */
export interface AppResourceCsp {
  connectDomains?: string[];
  resourceDomains?: string[];
  frameDomains?: string[];
  baseUriDomains?: string[];
}

/** An app's HTML and what its resource declares about rendering it. */
export interface AppResource {
  uri: string;
  html: string;
  csp: AppResourceCsp | undefined;
  /** `_meta.ui.prefersBorder`, when set. */
  prefersBorder: boolean | undefined;
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** The `ui://` resource a tool declares (`_meta.ui.resourceUri`, or the older `_meta["ui/resourceUri"]`). */
export function appResourceUriOf(tool: unknown): string | undefined {
  const meta = asRecord(asRecord(tool)?._meta);
  const uri = asRecord(meta?.ui)?.resourceUri ?? meta?.['ui/resourceUri'];
  return typeof uri === 'string' && uri.length > 0 ? uri : undefined;
}

/** A tool's `_meta.ui.visibility` as it declares it (any value), undefined when it declares none. */
export function toolVisibility(tool: unknown): unknown {
  return asRecord(asRecord(asRecord(tool)?._meta)?.ui)?.visibility;
}

/** Whether a tool's `_meta.ui.visibility` (default `["model", "app"]`) includes this audience. */
function isVisibleTo(tool: unknown, audience: 'model' | 'app'): boolean {
  const visibility = toolVisibility(tool);
  return !Array.isArray(visibility) || visibility.includes(audience);
}

/** Whether an app may call this tool. A model-only tool is for the agent, not for any app's UI. */
export function isCallableByApp(tool: unknown): boolean {
  return isVisibleTo(tool, 'app');
}

/**
 * Whether a host offers this tool to the model. One that leaves `model` out is the private API of the
 * server's own app: the app calls it with arguments from its own state (a view's id, a pending request),
 * and it may wait for the app by design (a long poll).
 */
export function isVisibleToModel(tool: unknown): boolean {
  return isVisibleTo(tool, 'model');
}

/** Whether a MIME type is the app profile (parameters compared without spaces or case). */
export function isAppMimeType(mimeType: unknown): boolean {
  return typeof mimeType === 'string' && mimeType.replace(/\s+/g, '').toLowerCase() === APP_RESOURCE_MIME_TYPE;
}

const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;

function readCsp(value: unknown): AppResourceCsp | undefined {
  const csp = asRecord(value);
  if (!csp) return undefined;
  const result: AppResourceCsp = {};
  for (const key of ['connectDomains', 'resourceDomains', 'frameDomains', 'baseUriDomains'] as const) {
    const list = stringList(csp[key]);
    if (list) result[key] = list;
  }
  return result;
}

/**
 * The CSP a `resources/list` entry declares (`_meta.ui.csp`): the spec's fallback when the read content
 * declares none.
 */
export function listedAppCsp(listed: unknown): AppResourceCsp | undefined {
  return readCsp(asRecord(asRecord(asRecord(listed)?._meta)?.ui)?.csp);
}

/**
 * The app in a `resources/read` result, or why there is none: the spec wants one content of the app
 * MIME type with `text` (or base64 `blob`) HTML. `_meta.ui` is read from the content, else the result.
 */
export function readAppResource(uri: string, result: unknown): { app: AppResource } | { problem: string } {
  const contents = asRecord(result)?.contents;
  if (!Array.isArray(contents) || contents.length === 0) return { problem: `resources/read of ${uri} returned no contents` };
  const content = asRecord(contents.find((item) => asRecord(item)?.uri === uri) ?? contents[0]) ?? {};
  if (!isAppMimeType(content.mimeType)) {
    return { problem: `${uri} has MIME type ${JSON.stringify(content.mimeType ?? null)}, not ${APP_RESOURCE_MIME_TYPE}` };
  }
  const html = typeof content.text === 'string' ? content.text : typeof content.blob === 'string' ? decodeBase64(content.blob) : undefined;
  if (html === undefined) return { problem: `${uri} holds neither text nor blob` };
  const ui = asRecord(asRecord(content._meta)?.ui) ?? asRecord(asRecord(asRecord(result)?._meta)?.ui) ?? {};
  return {
    app: { uri, html, csp: readCsp(ui.csp), prefersBorder: typeof ui.prefersBorder === 'boolean' ? ui.prefersBorder : undefined },
  };
}

function decodeBase64(blob: string): string {
  const bytes = Uint8Array.from(atob(blob), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
