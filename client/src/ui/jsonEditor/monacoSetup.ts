// Monaco, bundled by Vite (never from a CDN): the editor core, its standard features and the JSON
// language, with the workers built as separate same-origin files through `?worker` imports (the CSP
// allows worker-src 'self' blob:). Only JsonEditor's lazy import reaches this module, so none of it is
// in the main bundle.
import * as monaco from 'monaco-editor/editor';
/* eslint-disable no-restricted-imports -- Monaco's own "features" folders, not our features/ */
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
/* eslint-enable no-restricted-imports */
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

interface SchemaAssociation {
  uri: string;
  fileMatch: string[];
  schema: Record<string, unknown>;
}

// The JSON language's options are global; each open editor adds its schema, matched to its own model.
const associations = new Map<string, SchemaAssociation>();

function applySchemas(): void {
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [...associations.values()],
  });
}

/** Validates and completes the model at this URI against the schema, until the returned function runs. */
export function associateSchema(modelUri: string, schema: Record<string, unknown>): () => void {
  associations.set(modelUri, { uri: `${modelUri}#schema`, fileMatch: [modelUri], schema });
  applySchemas();
  return () => {
    associations.delete(modelUri);
    applySchemas();
  };
}

applySchemas();

export { monaco };
