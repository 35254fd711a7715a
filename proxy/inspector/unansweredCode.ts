/**
 * The JSON-RPC error code of a request the inspector answers from what it saw (a recorded session,
 * a tapped connection) and has no answer to. In the implementation-defined server-error range
 * (-32000 to -32099), next to the SDK's own.
 */
export const NOT_RECORDED_CODE = -32090;
