// A connection read from a session file: the second implementation of InspectedConnection. Its
// summary, log and findings are what was recorded; a request is answered from the recording when the
// same request (same method, same params, `_meta` aside) was answered there, so the Tools and
// Resources tabs show what the server listed. Everything else is refused: a recording is read-only.
import type { ConnectionSummary } from '../../shared/connectionTypes';
import type { RequestOutcome } from '../../shared/inspectorProtocol';
import type { RecordedEvent } from '../../shared/recordedEvent';
import type { InspectedConnection } from '../inspector/InspectedConnection';
import { SeenAnswers } from '../inspector/SeenAnswers';
import { NOT_RECORDED_CODE } from '../inspector/unansweredCode';

type Params = Record<string, unknown> | undefined;

export class RecordedConnection implements InspectedConnection {
  private readonly answers = new SeenAnswers();

  constructor(
    readonly id: string,
    private readonly recorded: ConnectionSummary,
    events: readonly RecordedEvent[],
  ) {
    for (const event of events) this.answers.observe(event);
  }

  summary(): ConnectionSummary {
    return { ...this.recorded, id: this.id, state: 'recorded' };
  }

  async request(method: string, params: Params): Promise<RequestOutcome> {
    const answer = this.answers.answerTo(method, params);
    if (answer) return answer;
    return {
      ok: false,
      error: { code: NOT_RECORDED_CODE, message: `Not in the recording: this session holds no answer to ${method} with these params (a recorded session is read-only).` },
      durationMs: 0,
    };
  }

  /** Nothing to close: a recording stays as it is. */
  async disconnect(): Promise<ConnectionSummary> {
    return this.summary();
  }

  async reconnect(): Promise<ConnectionSummary> {
    throw new Error('This connection is a recording and cannot be reconnected. Connect to the server as a new connection instead.');
  }

  async remove(): Promise<void> {}

  async sendRaw(): Promise<never> {
    throw new Error('This connection is a recording: nothing can be sent to its server.');
  }

  /** A recording has nothing in flight. */
  cancelRequest(): boolean {
    return false;
  }

  async setRoots(): Promise<ConnectionSummary> {
    throw new Error('This connection is a recording: its roots are as recorded and cannot be changed.');
  }

  setFaults(): ConnectionSummary {
    throw new Error('This connection is a recording: no fault can be injected into it.');
  }

  killNow(): void {}
}
