// The least any WebSocket proxy can add to a call on this machine: one round trip of a small frame
// between two Node processes over loopback, with no work at either end. Run as a script, it is the
// echo end; imported, it measures against a forked copy of itself.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket, { WebSocketServer } from 'ws';
import { median } from './stats';

const ECHO_ROLE = '--websocket-echo';

if (process.argv.includes(ECHO_ROLE)) {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' }, () => {
    const address = server.address();
    process.send?.(typeof address === 'object' && address ? address.port : 0);
  });
  server.on('connection', (socket) => socket.on('message', (data) => socket.send(data.toString())));
}

/** Median round trip, in ms, of a request-sized frame to a WebSocket echo in another process. */
export async function measureWebSocketFloor(samples = 3000): Promise<number> {
  const echo = fork(fileURLToPath(import.meta.url), [ECHO_ROLE]);
  try {
    const port = await new Promise<number>((resolve) => echo.once('message', (value) => resolve(Number(value))));
    const socket = new WebSocket(`ws://127.0.0.1:${port}`);
    await new Promise((resolve) => socket.once('open', resolve));
    const frame = JSON.stringify({ id: 1, method: 'request', params: { connectionId: 'c1', method: 'ping' } });
    const roundTrip = () =>
      new Promise<void>((resolve) => {
        socket.once('message', () => resolve());
        socket.send(frame);
      });
    for (let i = 0; i < 500; i++) await roundTrip();
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const start = performance.now();
      await roundTrip();
      times.push(performance.now() - start);
    }
    socket.close();
    return median(times);
  } finally {
    echo.kill();
  }
}
