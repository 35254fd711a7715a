// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, type DataColumn } from './DataTable';

afterEach(cleanup);

interface Call {
  method: string;
  ms: number;
}

const calls: Call[] = [
  { method: 'tools/list', ms: 12 },
  { method: 'tools/call', ms: 340 },
];
const columns: DataColumn<Call>[] = [
  { header: 'Method', cell: (call) => call.method },
  { header: 'ms', cell: (call) => call.ms, numeric: true, headerProps: { 'aria-sort': 'descending' } },
];

describe('DataTable', () => {
  it('is a named table: a header row, then a row per item with a cell per column', () => {
    render(<DataTable label="Calls" columns={columns} rows={calls} rowKey={(call) => call.method} rowLabel={(call) => call.method} />);
    const table = screen.getByRole('table', { name: 'Calls' });
    const rows = [...table.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Method', 'ms'],
      ['tools/list', '12'],
      ['tools/call', '340'],
    ]);
    expect(screen.getByRole('columnheader', { name: 'ms' }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('cell', { name: '340' }).className).toContain('text-right');
    expect(screen.getByRole('row', { name: 'tools/call' })).toBeTruthy();
  });

  it('marks the selected row and selects one on a click, when rows are selectable', () => {
    const onSelect = vi.fn();
    render(<DataTable label="Calls" columns={columns} rows={calls} rowKey={(call) => call.method} selection={{ selectedKey: 'tools/list', onSelect }} />);
    const [, first, second] = screen.getAllByRole('row');
    expect(first!.getAttribute('aria-selected')).toBe('true');
    expect(second!.getAttribute('aria-selected')).toBe('false');
    fireEvent.click(screen.getByRole('cell', { name: 'tools/call' }));
    expect(onSelect).toHaveBeenCalledWith(calls[1]);
  });

  it('leaves rows unselectable by default', () => {
    render(<DataTable label="Calls" columns={columns} rows={calls} rowKey={(call) => call.method} />);
    expect(screen.getAllByRole('row').some((row) => row.hasAttribute('aria-selected'))).toBe(false);
  });
});
