// One tap joined to this inspector (`mcp-inspect tap` run by a host, reporting its traffic). Its
// first frame says what it taps; every later frame carries events, which enter the inspector as a
// tapped connection's. A frame that is not what the protocol says ends the tap's report (the tap goes
// on passing its host's traffic), with the reason in the log and on the connection.
import type { RawData, WebSocket } from 'ws';
import { TAP_CLOSE_INVALID, TAP_CLOSE_REMOVED, TapFrameSchema, type InspectorToTapFrame } from '../../shared/tap/tapProtocol';
import type { Inspector, TapFeed } from '../inspector/Inspector';
import type { SessionLog } from './socketSession';

/** A tap that has not said hello by then is not a tap. */
const HELLO_TIMEOUT_MS = 5000;

export class TapSocketSession {
  private feed: TapFeed | undefined;
  private readonly helloTimer: NodeJS.Timeout;

  constructor(
    private readonly socket: WebSocket,
    private readonly inspector: Inspector,
    private readonly log: SessionLog,
  ) {
    this.helloTimer = setTimeout(() => this.refuse('no hello from the tap'), HELLO_TIMEOUT_MS).unref();
    socket.on('message', (data, isBinary) => this.onFrame(data, isBinary));
    socket.on('close', () => {
      clearTimeout(this.helloTimer);
      this.feed?.lost('The tap stopped reporting: its process ended, or it lost this inspector.');
    });
    socket.on('error', () => {});
  }

  private onFrame(data: RawData, isBinary: boolean): void {
    if (isBinary) return this.refuse('a binary frame');
    let json: unknown;
    try {
      json = JSON.parse(data.toString());
    } catch {
      return this.refuse('a frame that is not JSON');
    }
    const parsed = TapFrameSchema.safeParse(json);
    if (!parsed.success) return this.refuse(`an invalid frame (${parsed.error.issues[0]?.message ?? 'unknown'})`);
    const frame = parsed.data;
    if (frame.type === 'hello') {
      if (this.feed) return this.refuse('a second hello');
      clearTimeout(this.helloTimer);
      this.feed = this.inspector.addTapped(frame.target, frame.tap, {
        detach: () => this.socket.close(TAP_CLOSE_REMOVED, 'removed in the inspector'),
        ...(frame.faults === undefined ? {} : { faults: frame.faults }),
        sendFaults: (faults) => this.send({ type: 'faults', faults }),
      });
      return this.send({ type: 'joined', connectionId: this.feed.connectionId });
    }
    if (!this.feed) return this.refuse('events before hello');
    // A tap's clock is this machine's: its times are kept, unless they are not times at all.
    const times = frame.times?.length === frame.events.length ? frame.times : undefined;
    frame.events.forEach((event, index) => this.feed!.publish(event, times?.[index]));
  }

  private send(frame: InspectorToTapFrame): void {
    this.socket.send(JSON.stringify(frame));
  }

  private refuse(what: string): void {
    this.log(`a tap sent ${what}: its report is closed (the tap still passes its host's traffic)`);
    this.feed?.lost(`The tap's report was closed: it sent ${what}.`);
    this.feed = undefined;
    this.socket.close(TAP_CLOSE_INVALID, what.slice(0, 100));
  }
}
