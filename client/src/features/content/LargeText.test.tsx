// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LARGE_TEXT_CHARS } from './contentBlock';
import { LargeText } from './LargeText';

afterEach(cleanup);

const shownText = (container: HTMLElement) => [...container.querySelectorAll('pre')].map((pre) => pre.textContent).join('');

describe('LargeText', () => {
  it('shows a short text whole, with no cut and no button', () => {
    const { container } = render(<LargeText text="hello" label="t" />);
    expect(shownText(container)).toBe('hello');
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('cuts a large text, says how large it is, and shows all of it on request', () => {
    const text = 'x'.repeat(3 * 1024 * 1024);
    const { container } = render(<LargeText text={text} label="t" />);
    expect(screen.getByRole('note').textContent).toContain('Large text (3.0 MiB): showing the first 100,000 characters.');
    expect(shownText(container)).toBe(`${'x'.repeat(LARGE_TEXT_CHARS)}…`);
    fireEvent.click(screen.getByRole('button', { name: 'Show all (3.0 MiB)' }));
    expect(screen.getByRole('note').textContent).toContain('All 3.0 MiB shown.');
    expect(shownText(container)).toBe(text);
  });

  it('shows all of a large JSON text as a tree', () => {
    const text = JSON.stringify(Array.from({ length: 30_000 }, (_, id) => ({ id })));
    render(<LargeText text={text} label="Content 1 JSON" />);
    fireEvent.click(screen.getByRole('button', { name: /^Show all/ }));
    expect(screen.getByRole('group', { name: 'Content 1 JSON' })).toBeTruthy();
  });
});
