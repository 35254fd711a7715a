// The latest progress of each request the UI sent with a key (`requestProgress` events), read with
// useSyncExternalStore by whatever shows that request. A request sent without a key reads the key
// `undefined`, which is never set, so views need no special case for it.
import type { RequestProgress } from '../../../shared/serverRequests';
import { KeyedStore } from './keyedStore';

export class ProgressStore extends KeyedStore<string | undefined, RequestProgress | undefined> {
  constructor() {
    super(undefined);
  }

  record(progress: RequestProgress): void {
    this.set(progress.requestKey, progress);
  }

  /** The request ended: its progress is no longer needed. */
  forget(requestKey: string): void {
    this.delete(requestKey, { quietly: true });
  }
}
