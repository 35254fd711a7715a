// The one writer of session-file lines, used by the proxy's recorder, the replay's recording and the
// Log's Export: every target it writes (in the header and in connection summaries) is redacted, and
// every secret those targets carried is scrubbed from every later line, wherever a server echoed it.
import type { ConnectionTarget } from '../connectionTypes';
import type { RecordedEvent } from '../recordedEvent';
import { redactTarget, SecretScrubber, targetSecrets } from './redaction';
import { eventEntry } from './sessionEntries';
import type { SessionEntry, SessionHeader } from './sessionFormat';

export class SessionLineWriter {
  private readonly scrubber = new SecretScrubber();

  /** The header line, its targets redacted. */
  header(header: SessionHeader): string {
    for (const target of header.targets) this.learn(target);
    return this.line({ ...header, targets: header.targets.map(redactTarget) });
  }

  /** One entry's line; a connection summary has its target redacted. */
  entry(entry: SessionEntry): string {
    if (entry.type !== 'connection') return this.line(entry);
    this.learn(entry.summary.target);
    return this.line({ ...entry, summary: { ...entry.summary, target: redactTarget(entry.summary.target) } });
  }

  /**
   * The event's entry line built from its JSON as the proxy already made it (secrets masked, stamp
   * fields last, as the inspector stamps them): the payload is that text without the stamp, not a
   * second serialisation. Text of another shape is not spliced: the entry is written as `entry` would.
   */
  eventLine(event: RecordedEvent, json: string): string {
    const { seq, time, connectionId } = event;
    const stamp = `,"seq":${seq},"time":${time},"connectionId":${JSON.stringify(connectionId)}}`;
    if (!json.endsWith(stamp)) return this.entry(eventEntry(event));
    return `{"type":"event","seq":${seq},"time":${time},"connectionId":${JSON.stringify(connectionId)},"payload":${json.slice(0, -stamp.length)}}}\n`;
  }

  private learn(target: ConnectionTarget): void {
    this.scrubber.learn(targetSecrets(target));
  }

  private line(value: SessionHeader | SessionEntry): string {
    return `${this.scrubber.scrub(JSON.stringify(value))}\n`;
  }
}
