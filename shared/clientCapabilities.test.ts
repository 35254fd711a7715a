import { describe, expect, it } from 'vitest';
import { clientCapabilitiesFor } from './clientCapabilities';
import { DEFAULT_CONNECTION_SETTINGS } from './connectionTypes';

const none = { sampling: false, samplingTools: false, elicitationForm: false, elicitationUrl: false, roots: false, tasks: false };

describe('clientCapabilitiesFor', () => {
  it('declares everything by default', () => {
    expect(clientCapabilitiesFor(DEFAULT_CONNECTION_SETTINGS.capabilities)).toEqual({
      sampling: { tools: {} },
      elicitation: { form: {}, url: {} },
      roots: { listChanged: true },
      tasks: { list: {}, cancel: {}, requests: { sampling: { createMessage: {} }, elicitation: { create: {} } } },
    });
  });

  it('declares nothing when nothing is chosen', () => {
    expect(clientCapabilitiesFor(none)).toEqual({});
  });

  it('ignores sampling with tools without sampling, and declares only the chosen elicitation mode', () => {
    expect(clientCapabilitiesFor({ ...none, samplingTools: true, elicitationUrl: true })).toEqual({ elicitation: { url: {} } });
  });

  it('offers tasks only for the requests the client can handle', () => {
    expect(clientCapabilitiesFor({ ...none, tasks: true, sampling: true })).toEqual({
      sampling: {},
      tasks: { list: {}, cancel: {}, requests: { sampling: { createMessage: {} } } },
    });
  });
});
