// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ComboboxInput } from './ComboboxInput';

afterEach(cleanup);

function Harness({ suggestions }: { suggestions: string[] }) {
  const [value, setValue] = useState('');
  return <ComboboxInput id="department" value={value} onChange={setValue} suggestions={suggestions} suggestionsLabel="Suggestions" />;
}

describe('ComboboxInput', () => {
  it('offers suggestions while typing and picks one with the keyboard', () => {
    render(<Harness suggestions={['Engineering', 'Sales']} />);
    const input = screen.getByRole('combobox');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'E' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Engineering', 'Sales']);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe('department-suggestions-1');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((input as HTMLInputElement).value).toBe('Sales');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape and picks with a click', () => {
    render(<Harness suggestions={['Engineering']} />);
    const input = screen.getByRole('combobox');
    fireEvent.focus(input);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(input, { target: { value: 'En' } });
    fireEvent.click(screen.getByRole('option', { name: 'Engineering' }));
    expect((input as HTMLInputElement).value).toBe('Engineering');
  });

  it('reopens with ArrowDown after Escape', () => {
    render(<Harness suggestions={['7']} />);
    const input = screen.getByRole('combobox');
    fireEvent.focus(input);
    fireEvent.keyDown(input, { key: 'Escape' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows its status in the popup, over what follows, only while focused: nothing below the field moves', () => {
    const view = render(
      <>
        <ComboboxInput id="dept" value="E" onChange={() => {}} suggestionsLabel="Suggestions" suggestions={[]} status="Asking the server for suggestions…" />
        <input aria-label="next field" />
      </>,
    );
    const status = () => screen.queryByText('Asking the server for suggestions…');
    expect(status()).toBeNull();
    fireEvent.focus(screen.getByRole('combobox'));
    expect(status()).not.toBeNull();
    // The status lives in the absolutely placed popup, not in the flow between this field and the next.
    expect(status()!.closest('.absolute')).not.toBeNull();
    fireEvent.blur(screen.getByRole('combobox'));
    expect(status()).toBeNull();
    view.unmount();
  });
});
