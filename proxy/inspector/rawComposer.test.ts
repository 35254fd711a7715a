import { describe, expect, it, vi } from 'vitest';
import type { TappedTransport } from '../upstream/transportTypes';
import { RawComposerRouter, requestIdsOf } from './rawComposer';

function fakeTransport() {
  const written: string[] = [];
  const transport = {
    resolvedTransport: 'stdio',
    sendRaw: vi.fn(async (text: string) => void written.push(text)),
  } as unknown as TappedTransport & { onmessage?: (m: unknown) => void };
  return { transport, written };
}

describe('requestIdsOf', () => {
  it('finds request ids in one message or a batch, none in notifications or invalid JSON', () => {
    expect(requestIdsOf('{"jsonrpc":"2.0","id":7,"method":"ping"}')).toEqual([7]);
    expect(requestIdsOf('[{"jsonrpc":"2.0","id":"a","method":"ping"},{"jsonrpc":"2.0","method":"notifications/x"},{"id":3,"result":{}}]')).toEqual(['a']);
    expect(requestIdsOf('{not json')).toEqual([]);
  });
});

describe('RawComposerRouter', () => {
  it('keeps answers to composer requests from the SDK client and passes everything else', async () => {
    const { transport, written } = fakeTransport();
    const router = new RawComposerRouter();
    router.install(transport);
    const client = vi.fn();
    transport.onmessage = client;
    expect(await router.send(transport, '{"jsonrpc":"2.0","id":"raw-1","method":"ping"}')).toEqual({ requestIds: ['raw-1'] });
    expect(written).toEqual(['{"jsonrpc":"2.0","id":"raw-1","method":"ping"}\n']);
    transport.onmessage!({ jsonrpc: '2.0', id: 'raw-1', result: {} });
    transport.onmessage!({ jsonrpc: '2.0', id: 1, result: { tools: [] } });
    transport.onmessage!({ jsonrpc: '2.0', method: 'notifications/message', params: {} });
    // Only the first answer is the composer's: a second one with that id goes to the client as usual.
    transport.onmessage!({ jsonrpc: '2.0', id: 'raw-1', result: {} });
    expect(client.mock.calls.map(([m]) => m)).toEqual([
      { jsonrpc: '2.0', id: 1, result: { tools: [] } },
      { jsonrpc: '2.0', method: 'notifications/message', params: {} },
      { jsonrpc: '2.0', id: 'raw-1', result: {} },
    ]);
  });

  it('forgets the ids when the text could not be written', async () => {
    const { transport } = fakeTransport();
    (transport.sendRaw as ReturnType<typeof vi.fn>).mockRejectedValueOnce(new Error('Sending raw text is only supported over stdio for now'));
    const router = new RawComposerRouter();
    router.install(transport);
    const client = vi.fn();
    transport.onmessage = client;
    await expect(router.send(transport, '{"jsonrpc":"2.0","id":5,"method":"ping"}')).rejects.toThrow('only supported over stdio');
    transport.onmessage!({ jsonrpc: '2.0', id: 5, result: {} });
    expect(client).toHaveBeenCalledTimes(1);
  });
});
