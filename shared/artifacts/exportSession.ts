// One entry point for every export: the command and the proxy's route read a session file, call this,
// and write the text. Pure over the session's header and entries.
import { type ExportOptions, type ExportSource } from './exportedConnections';
import type { ExportFormat } from './exportFormats';
import { harLog } from './harLog';
import { jsonlExport } from './jsonlExport';
import { otlpTraces } from './otlpTraces';

export { ExportError, type ExportOptions, type ExportSource } from './exportedConnections';

/** The export's text, ending with a newline. Throws `ExportError` when it cannot be made. */
export async function exportSession(source: ExportSource, format: ExportFormat, options: ExportOptions = {}): Promise<string> {
  switch (format) {
    case 'otlp':
      return `${JSON.stringify(await otlpTraces(source, options), null, 2)}\n`;
    case 'har':
      return `${JSON.stringify(harLog(source, options), null, 2)}\n`;
    case 'jsonl':
      return jsonlExport(source, options);
  }
}
