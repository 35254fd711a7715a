// Links to the sections of the specification the rules follow (the last legacy revision).
const SPEC_BASE = 'https://modelcontextprotocol.io/specification/2025-11-25';

/** The spec sections rules cite, by topic. */
export const specLinks = {
  stdio: `${SPEC_BASE}/basic/transports#stdio`,
  resumability: `${SPEC_BASE}/basic/transports#resumability-and-redelivery`,
  messages: `${SPEC_BASE}/basic#messages`,
  responses: `${SPEC_BASE}/basic#responses`,
  initialization: `${SPEC_BASE}/basic/lifecycle#initialization`,
  versionNegotiation: `${SPEC_BASE}/basic/lifecycle#version-negotiation`,
  capabilityNegotiation: `${SPEC_BASE}/basic/lifecycle#capability-negotiation`,
  timeouts: `${SPEC_BASE}/basic/lifecycle#timeouts`,
  shutdown: `${SPEC_BASE}/basic/lifecycle#shutdown`,
  schema: `${SPEC_BASE}/schema`,
  toolNames: `${SPEC_BASE}/server/tools#tool-names`,
  pagination: `${SPEC_BASE}/server/utilities/pagination`,
  progress: `${SPEC_BASE}/basic/utilities/progress`,
  cancellation: `${SPEC_BASE}/basic/utilities/cancellation`,
  outputSchema: `${SPEC_BASE}/server/tools#output-schema`,
  toolResultContent: `${SPEC_BASE}/server/tools#tool-result`,
  readingResources: `${SPEC_BASE}/server/resources#reading-resources`,
  resourceUris: `${SPEC_BASE}/server/resources#common-uri-schemes`,
  /** The MCP Apps extension (its own repository and revision): UI resources and how tools declare them. */
  mcpAppsResources: 'https://github.com/modelcontextprotocol/ext-apps/blob/main/specification/2026-01-26/apps.mdx#ui-resource-format',
  /** The MCP Apps extension: the JSON-RPC between an app (the View) and its host. */
  mcpAppsCommunication: 'https://github.com/modelcontextprotocol/ext-apps/blob/main/specification/2026-01-26/apps.mdx#communication-protocol',
} as const;
