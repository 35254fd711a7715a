// A fixture server with a tool whose `execution.taskSupport` is `optional`: `countdown` counts down
// from `from` (one step per 300 ms, each step a task status message) and answers "liftoff". Called as a
// task it answers with a CreateTaskResult to poll; called plainly it answers at the end. Built on the
// SDK v1's experimental task runtime (the v2 SDK keeps the task wire types but has no runtime).
import { InMemoryTaskStore } from '@modelcontextprotocol/sdk/experimental/tasks';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

const STEP_MS = 300;
const server = new McpServer(
  { name: 'optional-task-fixture', version: '1.0.0' },
  { capabilities: { tools: {}, tasks: { list: {}, cancel: {}, requests: { tools: { call: {} } } } }, taskStore: new InMemoryTaskStore() },
);

server.experimental.tasks.registerToolTask(
  'countdown',
  {
    description: 'Counts down and answers "liftoff"; may run as a task.',
    inputSchema: { from: z.number().int().min(1).max(20) },
    execution: { taskSupport: 'optional' },
  },
  {
    createTask: async ({ from }, extra) => {
      const task = await extra.taskStore.createTask({ ttl: 60_000, pollInterval: STEP_MS });
      void (async () => {
        for (let left = from; left > 0; left--) {
          await extra.taskStore.updateTaskStatus(task.taskId, 'working', `${left} to go`);
          await new Promise((resolve) => setTimeout(resolve, STEP_MS));
        }
        await extra.taskStore.storeTaskResult(task.taskId, 'completed', { content: [{ type: 'text', text: `liftoff after ${from}` }] });
      })().catch(() => undefined);
      return { task };
    },
    getTask: (_args, extra) => extra.taskStore.getTask(extra.taskId),
    // The store keeps what storeTaskResult was given: a CallToolResult.
    getTaskResult: async (_args, extra) => (await extra.taskStore.getTaskResult(extra.taskId)) as CallToolResult,
  },
);

await server.connect(new StdioServerTransport());
