// The `capabilities` object the inspector sends in `initialize`, built from the person's choices.
// https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#capability-negotiation
import type { ClientCapabilityChoices } from './connectionTypes';

/** The client capabilities as they go on the wire (the SDK's `ClientCapabilities` shape). */
export type DeclaredClientCapabilities = Record<string, Record<string, unknown>>;

export function clientCapabilitiesFor(choices: ClientCapabilityChoices): DeclaredClientCapabilities {
  const capabilities: DeclaredClientCapabilities = {};
  if (choices.sampling) capabilities.sampling = choices.samplingTools ? { tools: {} } : {};
  if (choices.elicitationForm || choices.elicitationUrl) {
    capabilities.elicitation = { ...(choices.elicitationForm ? { form: {} } : {}), ...(choices.elicitationUrl ? { url: {} } : {}) };
  }
  if (choices.roots) capabilities.roots = { listChanged: true };
  if (choices.tasks) {
    const requests = {
      ...(choices.sampling ? { sampling: { createMessage: {} } } : {}),
      ...(capabilities.elicitation ? { elicitation: { create: {} } } : {}),
    };
    capabilities.tasks = { list: {}, cancel: {}, ...(Object.keys(requests).length > 0 ? { requests } : {}) };
  }
  return capabilities;
}
