// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { JsonEditor } from './JsonEditor';

// The Monaco chunk fails to load (offline, a bad deploy): the editor must still work as a text area.
vi.mock('./jsonEditor/MonacoJsonEditor', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('JsonEditor when Monaco cannot load', () => {
  it('falls back to a labelled text area that edits and submits with Ctrl+Enter', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    const onChange = vi.fn();
    const onSubmit = vi.fn();
    render(<JsonEditor label="Arguments (JSON)" value='{"a": 1}' onChange={onChange} onSubmit={onSubmit} />);
    const area = await screen.findByRole('textbox', { name: 'Arguments (JSON)' });
    await vi.waitFor(() => expect(console.warn).toHaveBeenCalled());
    expect(screen.getByRole('textbox', { name: 'Arguments (JSON)' })).toHaveProperty('value', '{"a": 1}');
    fireEvent.change(screen.getByRole('textbox', { name: 'Arguments (JSON)' }), { target: { value: '{}' } });
    expect(onChange).toHaveBeenCalledWith('{}');
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Arguments (JSON)' }), { key: 'Enter', ctrlKey: true });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(area.dataset.editor).toBe('plain');
  });
});
