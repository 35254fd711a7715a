// The text of `mcp-inspect export --help`: prose around the option section of export's option table.
import { EXPORT_COMMAND, OPTIONS_GROUP } from '../../shared/options/commandTables';
import { formatOptionHelp } from '../../shared/options/optionTable';

export function exportHelpText(): string {
  return `Usage:
  mcp-inspect export --format otlp|har|jsonl [options] FILE

Exports a recorded session file for other tools, exactly as masked as the file is:
  otlp   OpenTelemetry traces as OTLP/JSON (an ExportTraceServiceRequest: POST it to a collector's
         /v1/traces). One trace per connection, one span per request (CLIENT for the inspector's, SERVER
         for the server's sampling, elicitation and roots requests), named "{method} {tool or prompt}",
         with the MCP semantic conventions' attributes; progress and cancellation are span events.
  har    HAR 1.2 of the HTTP exchanges (Streamable HTTP or SSE connections only).
  jsonl  One JSON-RPC message per line: {"seq","time","connectionId","direction","message"}.
The same session always exports to the same bytes. A file with damaged lines is exported without
them, and each is reported on stderr.

${formatOptionHelp(EXPORT_COMMAND, [OPTIONS_GROUP])}
Exit codes:
  0  exported (also when damaged lines were skipped)
  1  the file cannot be read, is not a session, or cannot be exported as asked (HAR of a stdio
     session, a connection it does not have), or the output cannot be written
  2  usage error
`;
}
