// The worker thread of `mcp-inspect tap` (proxy/tap/observerThread.ts): cuts the relayed bytes into
// events and reports them to the inspector UI, starting one in this thread when none runs on the port.
// A composition root, like main.ts: it hands the tap the way to start an inspector.
import { parentPort, workerData } from 'node:worker_threads';
import { yieldToTheRelay } from './tap/observerPriority';
import { OBSERVER_CLOSED, type FromObserver, type ObserverWorkerData, type ToObserver } from './tap/observerThread';
import { startTapObserver } from './tap/tapObserver';
import { listenForInspector } from './server';

const warn = (message: string): void => {
  process.stderr.write(`mcp-inspect tap: ${message}\n`);
};
// The host's protocol channel is the main thread's stdout: nothing of this thread may reach it.
console.log = console.info = console.debug = (...parts: unknown[]) => warn(parts.map(String).join(' '));

const observer = startTapObserver({
  ...(workerData as ObserverWorkerData),
  warn,
  startInspector: listenForInspector,
  onFaults: (faults) => parentPort!.postMessage({ type: 'faults', faults } satisfies FromObserver),
  // Once its start-up (loading the inspector, or joining one) is done: starved of CPU before, a tap on a
  // busy machine would take seconds to show its UI.
  onLinked: () => yieldToTheRelay(warn),
});
parentPort!.on('message', (batch: ToObserver[]) => {
  for (const message of batch) receive(message);
});

function receive(message: ToObserver): void {
  switch (message.type) {
    case 'bytes':
      return observer.bytes(message.stream, message.chunk, message.time);
    case 'ended':
      return observer.ended(message.stream, message.time);
    case 'event':
      return observer.event(message.event, message.time);
    case 'close':
      void observer.close().then(() => {
        parentPort!.postMessage(OBSERVER_CLOSED);
        process.exit(0);
      });
  }
}
