// Wires one SDK server transport (stdio, or one Streamable HTTP session) to a mock's answers: each
// message the client sends is answered at the JSON-RPC level, so the handshake is the recorded one and
// not the SDK Server class's own capabilities.
import type { JSONRPCMessage, Transport } from '@modelcontextprotocol/server';
import { mockAnswers, type MockRecording } from '../../shared/mock';

/** Starts answering on `transport`; resolves when it closes (the client went away). */
export async function answerOverTransport(transport: Transport, recording: MockRecording, warn: (message: string) => void): Promise<void> {
  const answer = mockAnswers(recording);
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve;
  });
  transport.onerror = (error) => warn(`transport error: ${error.message}`);
  transport.onmessage = (message) => {
    const response = answer(message);
    if (response) transport.send(response as JSONRPCMessage).catch((error: unknown) => warn(`could not send an answer: ${error instanceof Error ? error.message : String(error)}`));
  };
  await transport.start();
  return closed;
}
