// The facts of a tool the UI shows, read defensively from a tools/list item.
import { appResourceUriOf, isVisibleToModel } from '../../../../shared/apps/appResource';
import { safeImageUrl } from '../../ui/safeUrl';

export interface ToolFacts {
  name: string;
  title?: string;
  description?: string;
  /** Annotation hints the server set to true, as badge words. */
  hints: string[];
  inputSchema: Record<string, unknown>;
  outputSchema?: Record<string, unknown>;
  /** Task support (2025-11-25 `execution.taskSupport`), when declared. */
  taskSupport?: string;
  /** Icon URLs safe to render (http(s) or data:). */
  icons: string[];
  /** The `ui://` resource of the MCP App the tool declares (`_meta.ui.resourceUri`), if any. */
  appResourceUri?: string;
  /** A host hides it from the model (`_meta.ui.visibility` without "model"): only the server's MCP App calls it. */
  appOnly?: true;
}

/** What the "app only" mark means, in its tooltip. */
export const APP_ONLY_MEANING = 'A host hides this tool from the model (its _meta.ui.visibility leaves out "model"): only the server\'s MCP App calls it, with its own state.';

const HINT_WORDS: [key: string, word: string][] = [
  ['readOnlyHint', 'read-only'],
  ['destructiveHint', 'destructive'],
  ['idempotentHint', 'idempotent'],
  ['openWorldHint', 'open-world'],
];

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

export function readToolFacts(tool: Record<string, unknown>): ToolFacts {
  const annotations = asRecord(tool.annotations) ?? {};
  const title = typeof tool.title === 'string' ? tool.title : typeof annotations.title === 'string' ? annotations.title : undefined;
  const icons = Array.isArray(tool.icons) ? tool.icons.flatMap((icon) => safeImageUrl(asRecord(icon)?.src) ?? []) : [];
  const taskSupport = asRecord(tool.execution)?.taskSupport;
  const facts: ToolFacts = {
    name: typeof tool.name === 'string' ? tool.name : '(no name)',
    hints: HINT_WORDS.filter(([key]) => annotations[key] === true).map(([, word]) => word),
    inputSchema: asRecord(tool.inputSchema) ?? { type: 'object' },
    icons,
  };
  if (title !== undefined) facts.title = title;
  if (typeof tool.description === 'string') facts.description = tool.description;
  const outputSchema = asRecord(tool.outputSchema);
  if (outputSchema) facts.outputSchema = outputSchema;
  if (typeof taskSupport === 'string') facts.taskSupport = taskSupport;
  const appResourceUri = appResourceUriOf(tool);
  if (appResourceUri !== undefined) facts.appResourceUri = appResourceUri;
  if (!isVisibleToModel(tool)) facts.appOnly = true;
  return facts;
}


