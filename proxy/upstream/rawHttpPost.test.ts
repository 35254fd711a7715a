import { describe, expect, it } from 'vitest';
import { readEventStream } from './rawHttpPost';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('readEventStream', () => {
  it('hands the JSON of each event to receive, across chunk boundaries, skipping events without JSON data', async () => {
    const received: unknown[] = [];
    await readEventStream(
      streamOf(['event: message\nid: 1\ndata: {"jsonrpc":"2.0",', '"id":"raw-1","result":{}}\n\n: keep-alive\n\nid: 2\r\ndata: ', '[1,2]\r\n\r\ndata: {"tail":true}']),
      (value) => received.push(value),
    );
    expect(received).toEqual([{ jsonrpc: '2.0', id: 'raw-1', result: {} }, [1, 2], { tail: true }]);
  });
});
