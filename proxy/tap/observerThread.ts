// Runs a stdio tap's observer (tapObserver.ts) in a worker thread, so the relay thread only passes
// bytes: each chunk it relays is copied to the worker in one message, in order. When the worker's
// bundle is not there (the sources run unbundled, as in unit tests), the observer runs in this thread.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FaultRuleEntry } from '../../shared/faults/faultRule';
import type { UnstampedEvent } from '../../shared/recordedEvent';
import type { InspectorLinkOptions } from './inspectorLink';
import { startTapObserver, type TapObserver, type TappedStream } from './tapObserver';

/** What crosses to the worker: serialisable link options (the inspector is started there by its own code). */
export type ObserverWorkerData = Omit<InspectorLinkOptions, 'warn' | 'startInspector' | 'onFaults' | 'onLinked'>;

/** Worker → relay thread: the fault rules changed (the person set them in the UI). */
export type FromObserver = { type: 'faults'; faults: FaultRuleEntry[] } | typeof OBSERVER_CLOSED;

export type ToObserver =
  | { type: 'bytes'; stream: TappedStream; chunk: Uint8Array; time: number }
  | { type: 'ended'; stream: TappedStream; time: number }
  | { type: 'event'; event: UnstampedEvent; time: number }
  | { type: 'close' };

export const OBSERVER_CLOSED = 'closed';

/** How long copies wait to be sent to the worker together, and how many at most. */
const BATCH_MS = 5;
const MAX_BATCH = 256;

/** The bundled worker, beside the bundle of this module (dist/proxy/tapWorker.js). */
const WORKER_FILE = new URL('./tapWorker.js', import.meta.url);

export function startObserverThread(options: InspectorLinkOptions): TapObserver {
  if (!existsSync(fileURLToPath(WORKER_FILE))) return startTapObserver(options);
  const { warn: _warn, startInspector: _start, onFaults, onLinked: _linked, ...workerData } = options;
  const worker = new Worker(WORKER_FILE, { workerData: workerData satisfies ObserverWorkerData });
  worker.on('message', (message: FromObserver) => {
    if (message !== OBSERVER_CLOSED && message.type === 'faults') onFaults(message.faults);
  });
  worker.on('error', (error) => options.warn(`the tap's reporting thread failed (the host's traffic is passed on all the same): ${error.message}`));
  // Copies go over in batches: one message (and one wake-up of the worker) per few milliseconds rather
  // than per chunk, so the reporting thread competes less with the host and the server for the CPU.
  let batch: ToObserver[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    if (batch.length === 0) return;
    worker.postMessage(batch);
    batch = [];
  };
  const post = (message: ToObserver) => {
    batch.push(message);
    if (batch.length >= MAX_BATCH) flush();
    else timer ??= setTimeout(flush, BATCH_MS);
  };
  return {
    bytes: (stream, chunk, time) => post({ type: 'bytes', stream, chunk, time }),
    ended: (stream, time) => post({ type: 'ended', stream, time }),
    event: (event, time) => post({ type: 'event', event, time }),
    close: () =>
      new Promise<void>((resolve) => {
        worker.once('message', (message) => message === OBSERVER_CLOSED && resolve());
        worker.once('exit', () => resolve());
        post({ type: 'close' });
        clearTimeout(timer);
        flush();
      }),
  };
}
