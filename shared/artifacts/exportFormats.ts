// The formats a recorded session exports to, and how each is saved: shared by the export command's
// option table, the proxy's export route and the UI's Export menu.

export const EXPORT_FORMATS = ['otlp', 'har', 'jsonl'] as const;
/** otlp: OTLP/JSON traces; har: HAR 1.2 of the HTTP exchanges; jsonl: one JSON-RPC message per line. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** How an export is named, typed and described. */
export const EXPORT_FILES: Readonly<Record<ExportFormat, { extension: string; mimeType: string; label: string }>> = {
  otlp: { extension: '.otlp.json', mimeType: 'application/json', label: 'OTLP traces (JSON)' },
  har: { extension: '.har', mimeType: 'application/json', label: 'HAR (HTTP exchanges)' },
  jsonl: { extension: '.messages.jsonl', mimeType: 'application/jsonl', label: 'JSON-RPC messages (JSONL)' },
};

/** The export's file name for a session file name: `s.jsonl` → `s.otlp.json`. */
export function exportFileName(sessionName: string, format: ExportFormat): string {
  return `${sessionName.replace(/\.jsonl$/, '')}${EXPORT_FILES[format].extension}`;
}
