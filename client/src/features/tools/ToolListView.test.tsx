// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DriftMark } from '../serverLists/listDrift';
import type { ToolFacts } from './toolFacts';
import { ToolListView } from './ToolListView';

afterEach(cleanup);

const tools: ToolFacts[] = Array.from({ length: 1000 }, (_, i) => ({ name: `tool-${i + 1}`, hints: [], inputSchema: { type: 'object' }, icons: [] }));
const noop = () => {};
// Counted with a selector: role queries over a thousand rows are slow in happy-dom.
const rows = () => [...screen.getByRole('list', { name: 'Tools' }).querySelectorAll('li > button')];
const all = { timeout: 10_000 };

describe('ToolListView', () => {
  it('paints the first rows at once and the rest over the next frames, in order', async () => {
    render(<ToolListView tools={tools} selectedName={undefined} onSelect={noop} filter="" onFilterChange={noop} />);
    expect(rows().length).toBeGreaterThan(0);
    expect(rows().length).toBeLessThan(tools.length);
    await waitFor(() => expect(rows()).toHaveLength(tools.length), all);
    expect(rows().map((row) => row.getAttribute('aria-label'))).toEqual(tools.map((tool) => tool.name));
  });

  it('starts again from the first rows when the list changes', async () => {
    const view = render(<ToolListView tools={tools} selectedName={undefined} onSelect={noop} filter="" onFilterChange={noop} />);
    await waitFor(() => expect(rows()).toHaveLength(tools.length), all);
    const fewer = tools.filter((tool) => tool.name.includes('7'));
    view.rerender(<ToolListView tools={fewer} selectedName={undefined} onSelect={noop} filter="7" onFilterChange={noop} />);
    expect(rows().length).toBeLessThan(fewer.length);
    await waitFor(() => expect(rows()).toHaveLength(fewer.length), all);
  });

  it('puts each tool on one line: name and description, the full text in the tooltip, no badges', () => {
    const description = 'Returns the environment of the server process. '.repeat(6).trim();
    const tool: ToolFacts = { name: 'get-env', title: 'Environment', description, hints: ['read-only'], inputSchema: { type: 'object' }, icons: [] };
    render(<ToolListView tools={[tool]} selectedName={undefined} onSelect={noop} filter="" onFilterChange={noop} />);
    const row = screen.getByRole('button', { name: 'get-env — Environment (read-only)' });
    expect(row.getAttribute('title')).toBe(`Environment\n\n${description}`);
    expect(row.textContent).toBe(`get-env${description}`);
    expect(row.className).toContain('whitespace-nowrap');
    expect(row.querySelector('.truncate')?.textContent).toBe(description);
  });

  it('marks a tool only an MCP App calls as "app only", in the row and in its accessible name', () => {
    const tool: ToolFacts = { name: 'poll', description: 'Long-polls for the viewer', hints: ['read-only'], inputSchema: { type: 'object' }, icons: [], appOnly: true };
    render(<ToolListView tools={[tool]} selectedName={undefined} onSelect={noop} filter="" onFilterChange={noop} />);
    const row = screen.getByRole('button', { name: 'poll (read-only, app only)' });
    expect(row.querySelector('[aria-hidden="true"]')?.textContent).toBe('app only');
    expect(row.querySelector('[title]:not(button)')?.getAttribute('title')).toMatch(/hides this tool from the model/);
  });

  it('says a description that only repeats the title once in the tooltip', () => {
    const tool: ToolFacts = { name: 'browser_navigate', title: 'Navigate to a URL', description: 'Navigate to a URL', hints: [], inputSchema: { type: 'object' }, icons: [] };
    render(<ToolListView tools={[tool]} selectedName={undefined} onSelect={noop} filter="" onFilterChange={noop} />);
    expect(screen.getByRole('button', { name: 'browser_navigate — Navigate to a URL' }).getAttribute('title')).toBe('Navigate to a URL');
  });

  it('marks a changed tool with words, in the row and in its accessible name, still on one line', () => {
    const marks = new Map<string, DriftMark>([
      ['tool-2', { change: 'changed', breaking: true, details: [], afterUse: { details: [] } }],
      ['tool-3', { change: 'added', breaking: false, details: [] }],
    ]);
    render(<ToolListView tools={tools.slice(0, 3)} marks={marks} selectedName={undefined} onSelect={noop} filter="" onFilterChange={noop} />);
    const row = screen.getByRole('button', { name: 'tool-2 · changed, breaking, changed after use' });
    expect(row.querySelector('[aria-hidden="true"]')?.textContent).toBe('changed after use');
    expect(row.className).toContain('whitespace-nowrap');
    expect(screen.getByRole('button', { name: 'tool-3 · new' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'tool-1' })).toBeTruthy();
  });

  it('walks with the keyboard: ↓ from the filter to the selected row, ↑/↓/End between rows, ↑ from the first back to the filter', () => {
    const few = tools.slice(0, 5);
    render(<ToolListView tools={few} selectedName="tool-3" onSelect={noop} filter="" onFilterChange={noop} />);
    const filter = screen.getByRole('searchbox', { name: 'Filter tools' });
    filter.focus();
    fireEvent.keyDown(filter, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows()[2]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows()[3]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(rows()[4]);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(rows()[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(filter);
  });
});
