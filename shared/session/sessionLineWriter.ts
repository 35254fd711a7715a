// The one writer of session-file lines, used by the proxy's recorder, the replay's recording and the
// Log's Export: every target it writes (in the header and in connection summaries) is redacted, and
// every secret those targets carried is scrubbed from every later line, wherever a server echoed it.
import type { ConnectionTarget } from '../connectionTypes';
import { redactTarget, SecretScrubber, targetSecrets } from './redaction';
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

  private learn(target: ConnectionTarget): void {
    this.scrubber.learn(targetSecrets(target));
  }

  private line(value: SessionHeader | SessionEntry): string {
    return `${this.scrubber.scrub(JSON.stringify(value))}\n`;
  }
}
