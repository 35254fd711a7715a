// MCP requests for TanStack Query: a server's error answer becomes a thrown error (so queries show
// it as their error), keeping the MCP code and data for the UI to display.
import type { InspectorApi, McpError } from '../../../shared/inspectorProtocol';

export class McpRequestError extends Error {
  constructor(
    readonly method: string,
    readonly mcpError: McpError,
  ) {
    super(`${method} failed: ${mcpError.message} (code ${mcpError.code})`);
    this.name = 'McpRequestError';
  }
}

/** Sends an MCP request and returns its result, or throws McpRequestError with the server's error. */
export async function requestResult(
  api: InspectorApi,
  request: { connectionId: string; method: string; params?: Record<string, unknown> },
): Promise<unknown> {
  const outcome = await api.request(request);
  if (!outcome.ok) throw new McpRequestError(request.method, outcome.error);
  return outcome.result;
}
