// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyView } from './lazyView';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyView', () => {
  it('shows "Loading…" until a view not fetched yet arrives', async () => {
    const View = lazyView(async () => Greeting);
    render(<View name="Ada" />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
  });

  it('renders a preloaded view at once, and fetches its chunk once', async () => {
    const load = vi.fn(async () => Greeting);
    const View = lazyView(load);
    await Promise.all([View.preload(), View.preload()]);
    render(<View name="Grace" />);
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByText('Hello Grace')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fetches again after a failed preload', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Greeting);
    const View = lazyView<{ name: string }>(load);
    await expect(View.preload()).rejects.toThrow('offline');
    await View.preload();
    render(<View name="Linus" />);
    expect(screen.getByText('Hello Linus')).toBeTruthy();
  });
});
