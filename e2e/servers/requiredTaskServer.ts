// A fixture server with a tool whose `execution.taskSupport` is `required`: `report` may only be
// called as a task (the SDK v1 rejects a plain call), runs for 600 ms and answers "report ready".
// Built on the SDK v1's experimental task runtime, like optionalTaskServer.
import { InMemoryTaskStore } from '@modelcontextprotocol/sdk/experimental/tasks';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

const RUN_MS = 600;
const server = new McpServer(
  { name: 'required-task-fixture', version: '1.0.0' },
  { capabilities: { tools: {}, tasks: { list: {}, cancel: {}, requests: { tools: { call: {} } } } }, taskStore: new InMemoryTaskStore() },
);

server.experimental.tasks.registerToolTask(
  'report',
  {
    description: 'Builds a report; must run as a task.',
    inputSchema: { title: z.string().optional() },
    execution: { taskSupport: 'required' },
  },
  {
    createTask: async (_args, extra) => {
      const task = await extra.taskStore.createTask({ ttl: 60_000, pollInterval: 200 });
      setTimeout(() => void extra.taskStore.storeTaskResult(task.taskId, 'completed', { content: [{ type: 'text', text: 'report ready' }] }).catch(() => undefined), RUN_MS);
      return { task };
    },
    getTask: (_args, extra) => extra.taskStore.getTask(extra.taskId),
    getTaskResult: async (_args, extra) => (await extra.taskStore.getTaskResult(extra.taskId)) as CallToolResult,
  },
);

await server.connect(new StdioServerTransport());
