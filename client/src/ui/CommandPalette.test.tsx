// @vitest-environment happy-dom
// The palette's Enter: the active match at once, or, pressed before anything matches (the lists are
// still loading), the first match as soon as it arrives; typing again cancels that.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandPalette, type PaletteEntry } from './CommandPalette';

const views: PaletteEntry[] = [{ id: 'view:log', label: 'Log', group: 'View' }];
const tools: PaletteEntry[] = [...views, { id: 'tool:get-sum', label: 'get-sum', group: 'Tool' }];

// happy-dom has no modal dialogs: showModal opens the dialog as if it were one.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};

function palette(entries: readonly PaletteEntry[], onChoose: (entry: PaletteEntry) => void) {
  return <CommandPalette label="Go to" entries={entries} onChoose={onChoose} onClose={() => {}} />;
}

afterEach(cleanup);

describe('CommandPalette', () => {
  it('opens the first match once the lists arrive when Enter came before them', () => {
    const onChoose = vi.fn();
    const { rerender } = render(palette(views, onChoose));
    const input = screen.getByRole('combobox', { name: 'Go to' });
    fireEvent.change(input, { target: { value: 'get-sum' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).not.toHaveBeenCalled();
    rerender(palette(tools, onChoose));
    expect(onChoose).toHaveBeenCalledExactlyOnceWith(tools[1]);
  });

  it('forgets a waiting Enter when the person types on', () => {
    const onChoose = vi.fn();
    const { rerender } = render(palette(views, onChoose));
    const input = screen.getByRole('combobox', { name: 'Go to' });
    fireEvent.change(input, { target: { value: 'get-s' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.change(input, { target: { value: 'get-su' } });
    rerender(palette(tools, onChoose));
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('chooses the active match at once when there is one', () => {
    const onChoose = vi.fn();
    render(palette(tools, onChoose));
    const input = screen.getByRole('combobox', { name: 'Go to' });
    fireEvent.change(input, { target: { value: 'log' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledExactlyOnceWith(views[0]);
  });
});
