// Tasks (2025-11-25) against server-everything over stdio: a tool that requires tasks runs as one and
// is followed to its result in the Tasks tab; a task is cancelled; the server's task-augmented
// sampling and elicitation are answered through the inbox as client-side tasks. Then a late response:
// a fixture tool that ignores cancellation answers after the UI cancelled it, and says so.
import type { Locator } from '@playwright/test';
import { fixtureServerCommand } from './fixtures/paths';
import { expect, test } from './fixtures/test';
import { callWithJson, openTool } from './fixtures/toolCalls';
import type { InspectorPage } from './pages/InspectorPage';

/** The waiting request the dock shows under the open tab. */
function waiting(inspector: InspectorPage, title: RegExp): Locator {
  return inspector.page.getByRole('region', { name: 'Waiting server requests' }).getByRole('article', { name: title });
}

/** A task's detail region (not the "Task result" region inside it). */
const TASK_DETAIL = /^Task (?!result$)/;

/** The Tasks tab's detail of the one task listed first (the newest). */
async function newestTask(inspector: InspectorPage): Promise<Locator> {
  await inspector.showTab('Tasks');
  await inspector.page.getByRole('list', { name: 'Tasks' }).getByRole('button').first().click();
  return inspector.page.getByRole('region', { name: TASK_DETAIL });
}

test.describe('tasks with server-everything', () => {
  test('simulate-research-query runs as a task to completion in the Tasks tab', async ({ inspector }) => {
    const tool = await openTool(inspector, 'simulate-research-query');
    const runAsTask = tool.getByRole('checkbox', { name: /Run as task/ });
    await expect(runAsTask).toBeChecked();
    await expect(runAsTask).toBeDisabled();
    await callWithJson(tool, { topic: 'tidal power' });
    // In the tool's own view first: the CreateTaskResult, then the task followed there.
    await expect(tool.getByRole('region', { name: TASK_DETAIL }).getByLabel('Task status')).toHaveText(/working|completed/);

    const task = await newestTask(inspector);
    await expect(inspector.tab('Tasks')).toHaveText(/^Tasks( \(1\))?$/);
    await expect(task.getByRole('heading')).toHaveText('simulate-research-query (tools/call)');
    await expect(task.getByLabel('Task status')).toHaveText('completed', { timeout: 20_000 });
    await expect(inspector.tab('Tasks')).toHaveText('Tasks');
    const history = task.getByRole('list', { name: 'Status history' });
    await expect(history).toContainText('Gathering sources...');
    await expect(history).toContainText('Generating report...');
    await expect(history.getByRole('listitem').last()).toContainText('completed');
    await expect(task).toContainText('5 min');
    await expect(task).toContainText('1000 ms');
    await expect(task.getByRole('region', { name: 'Task result' })).toContainText('Research Report: tidal power', { timeout: 10_000 });

    // The tool's view shows the same result as a tool result.
    await inspector.showTab('Tools');
    await expect(tool.getByRole('region', { name: 'Tool result' })).toContainText('Research Report: tidal power');
  });

  test('a task that needs input gets its elicitation through tasks/result and completes with the answer', async ({ inspector }) => {
    const tool = await openTool(inspector, 'simulate-research-query');
    await callWithJson(tool, { topic: 'python', ambiguous: true });
    const form = waiting(inspector, /^Elicitation \(form\)/);
    await form.getByLabel('Clarification').selectOption({ label: 'Monty Python comedy group' });
    const task = await newestTask(inspector);
    await expect(task.getByRole('list', { name: 'Status history' })).toContainText('input_required');
    await form.getByRole('button', { name: 'Accept' }).click();
    await expect(task.getByLabel('Task status')).toHaveText('completed', { timeout: 20_000 });
    await expect(task.getByRole('region', { name: 'Task result' })).toContainText('Clarification**: comedy');
  });

  test('a working task is cancelled with tasks/cancel', async ({ inspector }) => {
    const tool = await openTool(inspector, 'simulate-research-query');
    await callWithJson(tool, { topic: 'to be cancelled' });
    const task = await newestTask(inspector);
    await expect(task.getByLabel('Task status')).toHaveText('working');
    await expect(inspector.tab('Tasks')).toHaveText('Tasks (1)');
    await task.getByRole('button', { name: 'Cancel task' }).click();
    await expect(task.getByLabel('Task status')).toHaveText('cancelled');
    await expect(task.getByRole('list', { name: 'Status history' })).toContainText('via tasks/cancel');
    await expect(task.getByRole('button', { name: 'Cancel task' })).toBeDisabled();
  });

  test('async sampling is answered in the inbox as a client-side task and the server gets the reply', async ({ inspector }) => {
    const tool = await openTool(inspector, 'trigger-sampling-request-async');
    const result = await callWithJson(tool, { prompt: 'name a prime', maxTokens: 20 });
    const request = waiting(inspector, /^Sampling/);
    await expect(request.getByText('as a task')).toBeVisible();
    // While the person thinks, the server polls the task: it is listed as run by the inspector.
    const task = await newestTask(inspector);
    await expect(task).toContainText('run by the inspector');
    await expect(task.getByLabel('Task status')).toHaveText('working');
    await request.getByLabel('Reply text').fill('Seven, typed into a task');
    await request.getByRole('button', { name: 'Send reply' }).click();
    await expect(task.getByLabel('Task status')).toHaveText('completed');
    await inspector.showTab('Tools');
    await expect(result).toContainText('[COMPLETED] Async sampling completed!', { timeout: 15_000 });
    await expect(result).toContainText('Seven, typed into a task');
  });

  test('async elicitation is answered in the inbox as a client-side task and the server gets the values', async ({ inspector }) => {
    const tool = await openTool(inspector, 'trigger-elicitation-request-async');
    await tool.getByRole('button', { name: 'Call tool' }).click();
    const form = waiting(inspector, /^Elicitation \(form\)/);
    await expect(form.getByText('as a task')).toBeVisible();
    await form.getByLabel('Your Name').fill('Grace Hopper');
    await form.getByLabel('Favorite Color').selectOption('Purple');
    await form.getByRole('button', { name: 'Accept' }).click();
    const result = tool.getByRole('region', { name: 'Tool result' });
    await expect(result).toContainText('[COMPLETED] User provided the requested information!', { timeout: 15_000 });
    await expect(result).toContainText('Grace Hopper');
    await expect(result).toContainText('Purple');
  });
});

test.describe('a tool whose task support is optional', () => {
  const optional = fixtureServerCommand('optionalTaskServer');
  test.use({ launchArgs: ['--', optional.command, ...optional.args] });

  test('runs plainly by default and as a task when "Run as task" is ticked, honouring its poll interval', async ({ inspector }) => {
    const tool = await openTool(inspector, 'countdown');
    const runAsTask = tool.getByRole('checkbox', { name: 'Run as task' });
    await expect(runAsTask).not.toBeChecked();
    await expect(runAsTask).toBeEnabled();
    const result = await callWithJson(tool, { from: 2 });
    await expect(result).toContainText('liftoff after 2');
    await expect(tool.getByRole('region', { name: TASK_DETAIL })).toHaveCount(0);

    await runAsTask.check();
    await tool.getByLabel('Task TTL (ms)').fill('45000');
    await tool.getByRole('button', { name: 'Call tool' }).click();
    const task = tool.getByRole('region', { name: TASK_DETAIL });
    await expect(task.getByLabel('Task status')).toHaveText('completed', { timeout: 15_000 });
    await expect(task.getByRole('list', { name: 'Status history' })).toContainText('1 to go');
    await expect(task).toContainText('300 ms');
    await expect(task.getByRole('region', { name: 'Tool result' })).toContainText('liftoff after 2');
    // The call went out task-augmented with the ttl asked for.
    await inspector.filterLog('45000');
    await expect(inspector.logRows('tools/call').first()).toBeVisible();
    await inspector.showTab('Tasks');
    await inspector.page.getByRole('button', { name: 'List server tasks' }).click();
    await expect(inspector.page.getByText(/^\d+ listed$/)).toBeVisible();
  });
});

test.describe('a late response after cancel', () => {
  const late = fixtureServerCommand('lateAnswerServer');
  test.use({ launchArgs: ['--', late.command, ...late.args] });

  test('an answer to a cancelled call is shown as a late response in the tool view and the log', async ({ inspector }) => {
    const tool = await openTool(inspector, 'slow-ignores-cancel');
    const result = await callWithJson(tool, { delayMs: 2500 });
    await tool.getByRole('button', { name: 'Cancel request' }).click();
    await expect(result).toContainText('Cancelled: Cancelled by the user in mcp-inspect');
    const note = tool.getByRole('region', { name: 'Late response' });
    await expect(note).toContainText('late response (after cancel)', { timeout: 10_000 });
    await expect(note).toContainText('finished after 2500 ms anyway');
    await inspector.showTab('Log');
    await expect(inspector.logRows('tools/call').filter({ hasText: 'late response (after cancel)' })).toHaveCount(1);
    // The diagnosis agrees: answered 2.5 s after the cancellation is well past the race it forgives.
    await inspector.showTab('Diagnoses');
    await expect(inspector.page.getByText('cancellation-ignored')).toBeVisible();
    await expect(inspector.page.getByText(/The server answered tools\/call \(id \d+\) with a result \d+ ms after the client cancelled it/)).toBeVisible();
  });
});
