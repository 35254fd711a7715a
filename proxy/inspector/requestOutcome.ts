// Turns whatever a request through the SDK client threw into the MCP error the UI shows. Server
// errors keep their code and data; the SDK's local failures (timeout, closed connection) get the
// codes SDK v1 used for them on the wire, with the SDK's own error code kept in `data.sdkCode`.
import { ProtocolError, SdkError, SdkErrorCode } from '@modelcontextprotocol/client';
import type { McpError } from '../../shared/inspectorProtocol';
import { describeError } from '../upstream/describeError';

/** No connection, or it closed while the request was in flight. */
export const CONNECTION_CLOSED_CODE = -32000;
export const REQUEST_TIMEOUT_CODE = -32001;
export const INTERNAL_ERROR_CODE = -32603;

export function toMcpError(error: unknown): McpError {
  if (error instanceof ProtocolError) {
    return { code: error.code, message: error.message, ...(error.data === undefined ? {} : { data: error.data }) };
  }
  if (error instanceof SdkError) {
    const data = typeof error.data === 'object' && error.data !== null ? error.data : {};
    return { code: sdkErrorCode(error.code), message: error.message, data: { ...data, sdkCode: error.code } };
  }
  const message = describeError(error);
  return { code: /not connected/i.test(message) ? CONNECTION_CLOSED_CODE : INTERNAL_ERROR_CODE, message };
}

function sdkErrorCode(code: SdkErrorCode): number {
  switch (code) {
    case SdkErrorCode.RequestTimeout:
      return REQUEST_TIMEOUT_CODE;
    case SdkErrorCode.ConnectionClosed:
    case SdkErrorCode.NotConnected:
      return CONNECTION_CLOSED_CODE;
    default:
      return INTERNAL_ERROR_CODE;
  }
}
