// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import { KeptTabPanels } from './KeptTabPanels';
import type { TabContext, TabId } from './tabRegistry';

const rendered = vi.fn<(tab: string) => void>();
const renderCount = (tab: string) => rendered.mock.calls.filter(([name]) => name === tab).length;

function CountingTab({ name }: { name: string }) {
  rendered(name);
  const [typed, setTyped] = useState('');
  return <input aria-label={`${name} field`} value={typed} onChange={(event) => setTyped(event.target.value)} />;
}

vi.mock('./tabRegistry', () => {
  const tabs = { handshake: 'Handshake', tools: 'Tools', resources: 'Resources', log: 'Log', diagnoses: 'Diagnoses' };
  return {
    TAB_ORDER: Object.keys(tabs),
    TABS: Object.fromEntries(Object.entries(tabs).map(([id, label]) => [id, { label, render: () => <CountingTab name={id} /> }])),
  };
});

const context = (): TabContext => ({ connection: { id: 'c1' } as ConnectionSummary, selectedSeq: undefined, selectSeq: () => undefined, showInLog: () => undefined, openItem: () => undefined });

describe('KeptTabPanels', () => {
  it('keeps a visited tab mounted (its state survives a switch) and does not re-render it while hidden', async () => {
    const { rerender } = render(<KeptTabPanels selected="tools" contextFor={context} />);
    fireEvent.change(screen.getByLabelText('tools field'), { target: { value: 'get-sum' } });

    rerender(<KeptTabPanels selected={'log' as TabId} contextFor={context} />);
    const toolsRenders = renderCount('tools');
    // The workspace re-renders (a new finding, a connection update): the hidden tab is left alone.
    for (let i = 0; i < 5; i++) rerender(<KeptTabPanels selected="log" contextFor={context} />);
    await act(async () => undefined);
    expect(renderCount('tools')).toBe(toolsRenders);
    expect(renderCount('handshake')).toBe(0);

    rerender(<KeptTabPanels selected="tools" contextFor={context} />);
    expect(screen.getByLabelText('tools field')).toHaveProperty('value', 'get-sum');
  });
});
