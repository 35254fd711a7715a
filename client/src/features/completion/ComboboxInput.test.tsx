// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComboboxInput } from './ComboboxInput';

afterEach(cleanup);

const props = { id: 'dept', value: 'E', onChange: () => {}, suggestionsLabel: 'Suggestions for department' };

describe('ComboboxInput', () => {
  it('offers the suggestions while focused, and a click picks one', () => {
    const onChange = vi.fn();
    render(<ComboboxInput {...props} onChange={onChange} suggestions={['Engineering', 'Sales']} />);
    const input = screen.getByRole('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.focus(input);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('option', { name: 'Engineering' }));
    expect(onChange).toHaveBeenCalledWith('Engineering');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows its status in the popup, over what follows, only while focused: nothing below the field moves', () => {
    const view = render(
      <>
        <ComboboxInput {...props} suggestions={[]} status="Asking the server for suggestions…" />
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
