import { describe, expect, it } from 'vitest';
import { clientCapabilitiesFor } from '../../shared/clientCapabilities';
import { DEFAULT_CONNECTION_SETTINGS } from '../../shared/connectionTypes';
import { capabilityChoices, recordedTargetWith, replaySettings } from './replayTarget';

const none = { env: {}, headers: {}, cwd: undefined };

describe('replay target and settings', () => {
  it('declares exactly the capabilities the recorded client declared', () => {
    for (const choices of [DEFAULT_CONNECTION_SETTINGS.capabilities, { sampling: true, samplingTools: false, elicitationForm: false, elicitationUrl: true, roots: false, tasks: false }]) {
      expect(capabilityChoices(clientCapabilitiesFor(choices))).toEqual(choices);
    }
    expect(capabilityChoices({ elicitation: {} })).toMatchObject({ elicitationForm: true, elicitationUrl: false });
    expect(clientCapabilitiesFor(capabilityChoices({}))).toEqual({});
  });

  it('keeps the recorded roots and uses the replay timeout', () => {
    const roots = [{ uri: 'file:///src' }];
    const settings = replaySettings({ roots: { listChanged: true } }, { ...DEFAULT_CONNECTION_SETTINGS, roots }, 500);
    expect(settings).toMatchObject({ roots, requestTimeoutMs: 500, serverRequestTimeoutMs: 500, capabilities: { roots: true, sampling: false } });
  });

  it('asks again for the secrets the recording masked, and takes them from -e and --header', () => {
    const stdio = { transport: 'stdio' as const, command: 'node', args: ['s.js'], env: { API_KEY: '***' } };
    expect(() => recordedTargetWith(stdio, none)).toThrow('The recording removed the secrets of its server (-e API_KEY=…). Give them again: mcp-inspect replay FILE -e API_KEY=…');
    expect(recordedTargetWith(stdio, { ...none, env: { API_KEY: 'k' }, cwd: '/srv' })).toEqual({ ...stdio, env: { API_KEY: 'k' }, cwd: '/srv' });
    const remote = { transport: 'auto' as const, url: 'http://127.0.0.1:3/mcp', headers: { Authorization: '***', Accept: 'application/json' } };
    expect(() => recordedTargetWith(remote, none)).toThrow(/--header "Authorization: …"/);
    expect(recordedTargetWith(remote, { ...none, headers: { Authorization: 'Bearer t' } })).toEqual({ ...remote, headers: { Authorization: 'Bearer t', Accept: 'application/json' } });
  });
});
