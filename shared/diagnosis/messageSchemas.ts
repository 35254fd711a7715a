// Which official SDK schema a server message must match: results by their request's method, requests
// and notifications by their own. Methods not listed (extensions, custom methods) are not judged.
import type { z } from 'zod';
import {
  CallToolResultSchema,
  CancelledNotificationSchema,
  CompleteResultSchema,
  CreateMessageRequestSchema,
  CreateTaskResultSchema,
  DiscoverResultSchema,
  ElicitationCompleteNotificationSchema,
  ElicitRequestSchema,
  GetPromptResultSchema,
  GetTaskResultSchema,
  InitializeResultSchema,
  ListPromptsResultSchema,
  ListResourcesResultSchema,
  ListResourceTemplatesResultSchema,
  ListRootsRequestSchema,
  ListTasksResultSchema,
  ListToolsResultSchema,
  LoggingMessageNotificationSchema,
  PingRequestSchema,
  ProgressNotificationSchema,
  PromptListChangedNotificationSchema,
  ReadResourceResultSchema,
  ResourceListChangedNotificationSchema,
  ResourceUpdatedNotificationSchema,
  ResultSchema,
  SubscriptionsAcknowledgedNotificationSchema,
  SubscriptionsListenResultSchema,
  TaskStatusNotificationSchema,
  ToolListChangedNotificationSchema,
  CancelTaskResultSchema,
} from '@modelcontextprotocol/core';

type Schema = z.ZodType;

/**
 * Results of client requests. Empty results use the loose `ResultSchema`: the SDK's `EmptyResultSchema`
 * is strict, but the spec's `EmptyResult` is a `Result`, which allows extra fields.
 */
const RESULT_SCHEMAS: Record<string, Schema> = {
  initialize: InitializeResultSchema,
  ping: ResultSchema,
  'server/discover': DiscoverResultSchema,
  'tools/list': ListToolsResultSchema,
  'tools/call': CallToolResultSchema,
  'resources/list': ListResourcesResultSchema,
  'resources/templates/list': ListResourceTemplatesResultSchema,
  'resources/read': ReadResourceResultSchema,
  'resources/subscribe': ResultSchema,
  'resources/unsubscribe': ResultSchema,
  'prompts/list': ListPromptsResultSchema,
  'prompts/get': GetPromptResultSchema,
  'completion/complete': CompleteResultSchema,
  'logging/setLevel': ResultSchema,
  // 2026-07-28: the server ends a listen stream gracefully with this (empty) result.
  'subscriptions/listen': SubscriptionsListenResultSchema,
  'tasks/get': GetTaskResultSchema,
  'tasks/list': ListTasksResultSchema,
  'tasks/cancel': CancelTaskResultSchema,
};

const SERVER_REQUEST_SCHEMAS: Record<string, Schema> = {
  ping: PingRequestSchema,
  'sampling/createMessage': CreateMessageRequestSchema,
  'elicitation/create': ElicitRequestSchema,
  'roots/list': ListRootsRequestSchema,
};

const SERVER_NOTIFICATION_SCHEMAS: Record<string, Schema> = {
  'notifications/cancelled': CancelledNotificationSchema,
  'notifications/progress': ProgressNotificationSchema,
  'notifications/message': LoggingMessageNotificationSchema,
  'notifications/resources/updated': ResourceUpdatedNotificationSchema,
  'notifications/resources/list_changed': ResourceListChangedNotificationSchema,
  'notifications/tools/list_changed': ToolListChangedNotificationSchema,
  'notifications/prompts/list_changed': PromptListChangedNotificationSchema,
  'notifications/elicitation/complete': ElicitationCompleteNotificationSchema,
  'notifications/tasks/status': TaskStatusNotificationSchema,
  'notifications/subscriptions/acknowledged': SubscriptionsAcknowledgedNotificationSchema,
};

/** The schema a result must match, given the request it answers (a task-augmented call returns a task). */
export function resultSchemaFor(method: string, requestParams: Record<string, unknown> | undefined): Schema | undefined {
  if (requestParams?.task !== undefined && (method === 'tools/call' || method === 'sampling/createMessage' || method === 'elicitation/create')) {
    return CreateTaskResultSchema;
  }
  return RESULT_SCHEMAS[method];
}

/** The schema a whole request or notification from the server must match. */
export function serverMessageSchemaFor(kind: 'request' | 'notification', method: string): Schema | undefined {
  return (kind === 'request' ? SERVER_REQUEST_SCHEMAS : SERVER_NOTIFICATION_SCHEMAS)[method];
}
