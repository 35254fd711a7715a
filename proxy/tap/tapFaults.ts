// Fault injection in a stdio tap: the same engine and stage as an ordinary connection's
// (shared/faults/), wired to the two line relays. A line the stage leaves alone is passed on byte for
// byte; an injected answer or a corrupted line is written to its receiver; `kill` ends the server.
// Each fault is reported as a `fault` event right after the copy of the line it acted on.
import type { ChildProcess } from 'node:child_process';
import { FaultEngine } from '../../shared/faults/faultEngine';
import type { FaultRule } from '../../shared/faults/faultRule';
import { FaultStage } from '../../shared/faults/faultStage';
import type { Direction } from '../../shared/recordedEvent';
import type { LineRelay } from './lineRelay';
import type { TapObserver } from './tapObserver';

export class TapFaults {
  private readonly engine = new FaultEngine();
  private readonly relays: Partial<Record<Direction, LineRelay>> = {};
  private readonly stage: FaultStage;

  constructor(child: ChildProcess, observer: Pick<TapObserver, 'event'>) {
    const write = (direction: Direction, text: string) => this.relays[direction]?.write(text.endsWith('\n') ? text : `${text}\n`);
    this.stage = new FaultStage(this.engine, {
      forward: (direction, message, text) => write(direction, text ?? JSON.stringify(message)),
      forwardText: write,
      answer: (direction, message) => write(direction, JSON.stringify(message)),
      killServer: () => child.kill('SIGKILL'),
      recordFault: (fault) => observer.event({ kind: 'fault', fault }, Date.now()),
    });
  }

  connect(toServer: LineRelay, toHost: LineRelay): void {
    this.relays.outgoing = toServer;
    this.relays.incoming = toHost;
  }

  /** One complete line travelling `direction`: JSON goes through the stage, anything else passes as it is. */
  readonly pass = (direction: Direction, text: string): void => {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      this.relays[direction]?.write(text);
      return;
    }
    this.stage.pass(direction, message, { text });
  };

  set(rules: readonly FaultRule[]): void {
    this.engine.setRules(rules);
    // Lines are only cut once a rule may act: until then each direction is a plain pipe.
    if (rules.length > 0) for (const relay of Object.values(this.relays)) relay.lineByLine();
  }

  close(): void {
    this.stage.close();
  }
}
