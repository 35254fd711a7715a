// The no-false-positive bar: real sessions with server-everything over the official SDK client must
// produce no findings at all.
import { createRequire } from 'node:module';
import { Client, type ClientOptions, type JSONRPCMessage, type Transport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { describe, expect, it } from 'vitest';
import type { RecordedEvent, UnstampedEvent } from '../recordedEvent';
import { createDiagnosis } from './createDiagnosis';
import type { Finding } from './finding';

const require = createRequire(import.meta.url);

/** Wraps a transport so that every message either way becomes a recorded event. */
function tapped(inner: Transport, record: (event: UnstampedEvent) => void): Transport {
  const outer: Transport = {
    start: () => {
      record({ kind: 'transport', event: { type: 'connecting', transport: 'stdio' } });
      return inner.start();
    },
    send: (message: JSONRPCMessage, options) => {
      record({ kind: 'message', direction: 'outgoing', message, size: JSON.stringify(message).length });
      return inner.send(message, options);
    },
    close: () => inner.close(),
  };
  inner.onmessage = (message, extra) => {
    record({ kind: 'message', direction: 'incoming', message, size: JSON.stringify(message).length });
    outer.onmessage?.(message, extra);
  };
  inner.onerror = (error) => outer.onerror?.(error);
  inner.onclose = () => {
    record({ kind: 'transport', event: { type: 'closed', reason: 'Closed by the test' } });
    outer.onclose?.();
  };
  return outer;
}

/** Runs `work` against a fresh server-everything, then diagnoses the recorded session. */
async function diagnoseSession(options: ClientOptions, work: (client: Client, events: RecordedEvent[]) => Promise<void>): Promise<{ findings: Finding[]; events: RecordedEvent[] }> {
  const events: RecordedEvent[] = [];
  const record = (event: UnstampedEvent) => {
    events.push({ ...event, seq: events.length + 1, time: Date.now(), connectionId: 'everything' } as RecordedEvent);
  };
  const serverScript = require.resolve('@modelcontextprotocol/server-everything/dist/index.js');
  const stdio = new StdioClientTransport({ command: process.execPath, args: [serverScript, 'stdio'], stderr: 'pipe' });
  stdio.stderr?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) record({ kind: 'stderr', text: line });
  });
  const client = new Client({ name: 'diagnosis-test', version: '1.0.0' }, options);
  await client.connect(tapped(stdio, record));
  try {
    await work(client, events);
  } finally {
    await client.close();
  }
  const diagnosis = createDiagnosis();
  for (const event of events) diagnosis.observe(event);
  diagnosis.finish();
  return { findings: diagnosis.findings(), events };
}

/** The result of the first request of `method` (and tool `name`) in a recorded session, to corrupt it. */
function resultOf(events: RecordedEvent[], method: string, name?: string): Record<string, unknown> {
  const messages = events.flatMap((event) => (event.kind === 'message' ? [event.message as { id?: unknown; method?: string; params?: { name?: string }; result?: Record<string, unknown> }] : []));
  const request = messages.find((message) => message.method === method && (name === undefined || message.params?.name === name));
  const response = messages.find((message) => message !== request && message.id === request?.id && message.result !== undefined);
  if (!response?.result) throw new Error(`no result for ${method} ${name ?? ''}`);
  return response.result;
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('a real session with server-everything', () => {
  it('yields no findings for the everyday requests', async () => {
    const { findings, events } = await diagnoseSession({}, async (client) => {
      const { tools } = await client.listTools();
      const structured = tools.find((tool) => tool.name === 'get-structured-content');
      expect(structured?.inputSchema.properties).toHaveProperty('location');
      const { resources } = await client.listResources();
      await client.listResourceTemplates();
      const { prompts } = await client.listPrompts();
      await client.callTool({ name: 'echo', arguments: { message: 'hello' } });
      await client.callTool({ name: 'get-sum', arguments: { a: 2, b: 3 } });
      await client.callTool({ name: 'get-tiny-image', arguments: {} });
      await client.callTool({ name: 'get-structured-content', arguments: { location: 'Chicago' } });
      await client.callTool({ name: 'get-annotated-message', arguments: { messageType: 'error', includeImage: true } });
      for (const resource of resources) await client.readResource({ uri: resource.uri });
      const simplePrompt = prompts.find((prompt) => !prompt.arguments?.some((argument) => argument.required));
      await client.getPrompt({ name: simplePrompt!.name });
      // Progress notifications with a real token exercise progress-invalid.
      let progressSeen = 0;
      await client.callTool({ name: 'trigger-long-running-operation', arguments: { duration: 1, steps: 3 } }, { onprogress: () => (progressSeen += 1) });
      expect(progressSeen).toBeGreaterThan(0);
      await client.ping();
    });
    expect(events.filter((event) => event.kind === 'message').length).toBeGreaterThan(20);
    expect(findings).toEqual([]);

    // The same session with one tool's name removed: the silence above is not for want of looking.
    const corrupted = structuredClone(events);
    const listing = corrupted.find((event) => event.kind === 'message' && Array.isArray((event.message as { result?: { tools?: unknown } }).result?.tools));
    delete ((listing as { message: { result: { tools: { name?: string }[] } } }).message.result.tools[0]!).name;
    const diagnosis = createDiagnosis();
    for (const event of corrupted) diagnosis.observe(event);
    expect(diagnosis.findings().map((finding) => finding.ruleId)).toEqual(['result-schema']);

    // And the content rules look at the same real results: break one structured output, one image,
    // one read's URI, and each is found once.
    const broken = structuredClone(events);
    resultOf(broken, 'tools/call', 'get-structured-content').structuredContent = { temperature: 'warm' };
    (resultOf(broken, 'tools/call', 'get-tiny-image').content as { type: string; data?: string }[]).find((block) => block.type === 'image')!.data = 'not base64!';
    (resultOf(broken, 'resources/read').contents as { uri: string }[])[0]!.uri = 'demo://resource/elsewhere';
    const rediagnosed = createDiagnosis();
    for (const event of broken) rediagnosed.observe(event);
    expect(rediagnosed.findings().map((finding) => finding.ruleId).sort()).toEqual(['content-invalid', 'resource-uri-mismatch', 'structured-content-invalid']);
  });

  it('yields no findings when the client declares roots, sampling and elicitation (server requests, list changes, logging)', async () => {
    const options: ClientOptions = { capabilities: { roots: { listChanged: true }, sampling: {}, elicitation: {} } };
    const { findings, events } = await diagnoseSession(options, async (client, events) => {
      client.setRequestHandler('roots/list', async () => ({ roots: [{ uri: 'file:///tmp', name: 'tmp' }] }));
      client.setRequestHandler('sampling/createMessage', async () => ({ model: 'test-model', role: 'assistant', content: { type: 'text', text: 'hi' } }));
      client.setRequestHandler('elicitation/create', async () => ({ action: 'decline' }));
      await waitFor(() => events.some((event) => event.kind === 'message' && (event.message as { method?: string }).method === 'roots/list'));
      await client.listTools();
      await client.setLoggingLevel('debug');
      await client.callTool({ name: 'trigger-sampling-request', arguments: { prompt: 'hi' } });
      await client.callTool({ name: 'trigger-elicitation-request', arguments: {} });
      await client.subscribeResource({ uri: 'demo://resource/static/document/architecture.md' });
      await client.complete({ ref: { type: 'ref/prompt', name: 'completable-prompt' }, argument: { name: 'department', value: 'E' } });
    });
    const methods = events.flatMap((event) => (event.kind === 'message' ? [(event.message as { method?: string }).method] : []));
    expect(methods).toEqual(expect.arrayContaining(['notifications/tools/list_changed', 'roots/list', 'sampling/createMessage', 'elicitation/create']));
    expect(findings).toEqual([]);
  });
});
