// What an MCP App (the spec's "View") may send its host, per the MCP Apps spec 2026-01-26: the messages the
// spec defines in the View → Host direction, each with its official schema (ext-apps' own zod schemas for
// `ui/*`, the MCP SDK's for the standard messages an app may use), and the `ui/` methods that only the
// host (or its sandbox proxy) sends. Read by the diagnosis; nothing here is hand-rolled.
// https://github.com/modelcontextprotocol/ext-apps/blob/main/specification/2026-01-26/apps.mdx#communication-protocol
import {
  McpUiInitializedNotificationSchema,
  McpUiInitializeRequestSchema,
  McpUiMessageRequestSchema,
  McpUiOpenLinkRequestSchema,
  McpUiRequestDisplayModeRequestSchema,
  McpUiSizeChangedNotificationSchema,
  McpUiUpdateModelContextRequestSchema,
} from '@modelcontextprotocol/ext-apps/app-bridge';
import { CallToolRequestSchema, LoggingMessageNotificationSchema, PingRequestSchema, ReadResourceRequestSchema } from '@modelcontextprotocol/core';
import type { z } from 'zod';

/**
 * The View → Host messages the spec defines, with the schema each must match: the lifecycle handshake,
 * the MCP Apps requests and notifications, and the subset of standard MCP messages ("Standard MCP Messages").
 * Methods the spec leaves to the SDK's later drafts (e.g. `ui/download-file`) are not judged here.
 */
export const viewMessageSchemas: Readonly<Record<string, z.ZodType>> = {
  'ui/initialize': McpUiInitializeRequestSchema,
  'ui/notifications/initialized': McpUiInitializedNotificationSchema,
  'ui/open-link': McpUiOpenLinkRequestSchema,
  'ui/message': McpUiMessageRequestSchema,
  'ui/request-display-mode': McpUiRequestDisplayModeRequestSchema,
  'ui/update-model-context': McpUiUpdateModelContextRequestSchema,
  'ui/notifications/size-changed': McpUiSizeChangedNotificationSchema,
  'tools/call': CallToolRequestSchema,
  'resources/read': ReadResourceRequestSchema,
  'notifications/message': LoggingMessageNotificationSchema,
  ping: PingRequestSchema,
};

/**
 * `ui/` methods the spec defines only from the host to the View ("Notifications (Host → View)", the
 * `ui/resource-teardown` request) or from the host to its sandbox proxy: a View that sends one speaks the
 * wrong side of the protocol. (`ui/notifications/sandbox-proxy-ready` is the sandbox proxy's own, and the
 * host hears it through the same channel, so it is not listed.)
 */
export const hostOnlyMethods: ReadonlySet<string> = new Set([
  'ui/notifications/tool-input',
  'ui/notifications/tool-input-partial',
  'ui/notifications/tool-result',
  'ui/notifications/tool-cancelled',
  'ui/notifications/host-context-changed',
  'ui/resource-teardown',
  'ui/notifications/sandbox-resource-ready',
]);
