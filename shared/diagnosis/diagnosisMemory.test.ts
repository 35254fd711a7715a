// What the diagnosis keeps of a call once it is answered: a long-running proxy feeds it every message,
// and a window of settled requests that held their params kept the last large tool arguments alive.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createDiagnosis, type Diagnosis } from './createDiagnosis';
import { StreamBuilder } from './testing/streamBuilder';

/** Feeds a handshake and one answered call with a 1 MiB argument; keeps nothing of it but a weak reference. */
function feedAnsweredCall(diagnosis: Diagnosis): WeakRef<{ text: string }> {
  const argument = { text: 'x'.repeat(1024 * 1024) };
  const stream = new StreamBuilder();
  stream.handshake();
  stream.clientRequest(1, 'tools/call', { name: 'echo', arguments: argument, _meta: { progressToken: 'p1' } });
  stream.serverNotification('notifications/progress', { progressToken: 'p1', progress: 1 });
  stream.serverResult(1, { content: [{ type: 'text', text: 'done' }] });
  for (const event of stream.events) diagnosis.observe(event);
  return new WeakRef(argument);
}

describe('the diagnosis after an answered call', () => {
  it("lets go of the request's params (its settled windows remember method, id and seq only)", async () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const diagnosis = createDiagnosis();
    const watched = feedAnsweredCall(diagnosis);
    // A WeakRef's target lives at least until the job that made it ends.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(watched.deref()).toBeUndefined();
    // The windows still serve their purpose: a second answer to the call is named.
    const [duplicate] = diagnosis.observe({ seq: 100, time: 1_700_000_000_100, connectionId: 'conn-1', kind: 'message', direction: 'incoming', message: { jsonrpc: '2.0', id: 1, result: { content: [] } }, size: 40 });
    expect(duplicate).toMatchObject({ ruleId: 'response-duplicate', message: 'The server answered tools/call (id 1) a second time.' });
  });
});
