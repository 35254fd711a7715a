// Which recorded messages answer a raw send: incoming responses or errors with one of the ids it
// sent, and error responses without a usable id (what a server answers to text it cannot parse).
import type { RawHttpReply } from '../../../../shared/inspectorProtocol';
import type { JsonRpcId } from '../../../../shared/jsonrpc';
import type { LogEntry, HeldLogEntries } from '../../api/logEntry';

/** One raw send: the text, the request ids in it, and where the log stood when it left. */
export interface RawSend {
  key: number;
  text: string;
  requestIds: readonly JsonRpcId[];
  /** The log's length just before the send; answers come after. */
  fromIndex: number;
  /** Over HTTP: the POST's status and, when it held no message, its body. */
  http?: RawHttpReply;
}

export function answersTo(send: RawSend, entries: HeldLogEntries, count: number, limit = 50): LogEntry[] {
  const ids = new Set(send.requestIds.map((id) => `${typeof id}:${String(id)}`));
  const answers: LogEntry[] = [];
  for (let i = send.fromIndex; i < count && answers.length < limit; i++) {
    const entry = entries[i];
    if (!entry || entry.direction !== 'incoming' || entry.event.kind !== 'message') continue;
    const isAnswer = entry.kind === 'response' || entry.kind === 'error' || entry.kind === 'invalid';
    if (!isAnswer) continue;
    if (entry.id === undefined ? entry.kind !== 'response' : ids.has(`${typeof entry.id}:${String(entry.id)}`)) answers.push(entry);
  }
  return answers;
}
