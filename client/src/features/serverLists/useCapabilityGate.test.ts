import { describe, expect, it } from 'vitest';
import type { Handshake } from '../../../../shared/connectionTypes';
import { declaresCapability } from './useCapabilityGate';

const handshake = (serverCapabilities: Record<string, unknown>): Handshake => ({
  protocolVersionOffered: '2025-11-25',
  protocolVersion: '2025-11-25',
  serverInfo: {},
  serverCapabilities,
  clientInfo: {},
  clientCapabilities: {},
});

describe('declaresCapability', () => {
  it('is true only for a capability the server declared, and false before any handshake', () => {
    const toolsOnly = { handshake: handshake({ tools: {}, prompts: null }) };
    expect(declaresCapability(toolsOnly, 'tools')).toBe(true);
    expect(declaresCapability(toolsOnly, 'prompts')).toBe(false);
    expect(declaresCapability(toolsOnly, 'resources')).toBe(false);
    expect(declaresCapability({ handshake: handshake({ completions: {} }) }, 'completions')).toBe(true);
    expect(declaresCapability({}, 'tools')).toBe(false);
  });
});
