import { describe, expect, it } from 'vitest';
import { readToolFacts } from './toolFacts';

describe('readToolFacts', () => {
  it('reads name, title, description, schemas, true hints, task support and safe icons', () => {
    const facts = readToolFacts({
      name: 'get-sum',
      title: 'Sum',
      description: 'Adds',
      inputSchema: { type: 'object', properties: { a: { type: 'number' } } },
      outputSchema: { type: 'object' },
      annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
      execution: { taskSupport: 'optional' },
      icons: [{ src: 'https://example.com/i.png' }, { src: 'javascript:alert(1)' }, { src: 'data:image/png;base64,AAAA' }],
    });
    expect(facts).toEqual({
      name: 'get-sum',
      title: 'Sum',
      description: 'Adds',
      hints: ['read-only', 'open-world'],
      inputSchema: { type: 'object', properties: { a: { type: 'number' } } },
      outputSchema: { type: 'object' },
      taskSupport: 'optional',
      icons: ['https://example.com/i.png', 'data:image/png;base64,AAAA'],
    });
  });

  it('falls back for broken tools instead of throwing', () => {
    expect(readToolFacts({ name: 3, inputSchema: 'x', icons: 'no' })).toEqual({ name: '(no name)', hints: [], inputSchema: { type: 'object' }, icons: [] });
  });

  it('marks a tool a host hides from the model (an MCP App\'s private tool) as app only', () => {
    expect(readToolFacts({ name: 'poll', _meta: { ui: { visibility: ['app'] } } }).appOnly).toBe(true);
    expect(readToolFacts({ name: 'show', _meta: { ui: { visibility: ['model', 'app'] } } })).not.toHaveProperty('appOnly');
  });

  it('takes the title from annotations when the tool has none (2025-03-26 servers)', () => {
    expect(readToolFacts({ name: 'a', annotations: { title: 'Old title' } }).title).toBe('Old title');
  });
});
