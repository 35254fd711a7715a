// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderForm, type } from './testing/renderForm';

afterEach(cleanup);

const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('ArrayField', () => {
  it('adds, edits, reorders and removes items of primitives', () => {
    const form = renderForm({ type: 'object', properties: { tags: { type: 'array', title: 'Tags', items: { type: 'string' } } } });
    press('Add item');
    press('Add item');
    press('Add item');
    type(screen.getByRole('textbox', { name: 'Tags item 1' }), 'a');
    type(screen.getByRole('textbox', { name: 'Tags item 2' }), 'b');
    type(screen.getByRole('textbox', { name: 'Tags item 3' }), 'c');
    expect(form.value()).toEqual({ tags: ['a', 'b', 'c'] });
    expect(screen.queryByText('*'), 'items are always required: no mark on each').toBeNull();
    press('Move item 3 up');
    expect(form.value()).toEqual({ tags: ['a', 'c', 'b'] });
    press('Move item 1 down');
    expect(form.value()).toEqual({ tags: ['c', 'a', 'b'] });
    expect((screen.getByRole('button', { name: 'Move item 1 up' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Move item 3 down' }) as HTMLButtonElement).disabled).toBe(true);
    press('Remove item 2');
    expect(form.value()).toEqual({ tags: ['c', 'b'] });
    expect((screen.getByRole('textbox', { name: 'Tags item 2' }) as HTMLInputElement).value).toBe('b');
  });

  it('keeps an emptied string item as "" but omits an optional array left with no items', () => {
    const form = renderForm({ type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } } }, { tags: ['x'] });
    type(screen.getByRole('textbox', { name: 'tags item 1' }), '');
    expect(form.value()).toEqual({ tags: [''] });
    press('Remove item 1');
    expect(form.value()).toEqual({});
  });

  it('edits arrays of objects, each item a group of fields, new items starting from defaults', () => {
    const form = renderForm({
      type: 'object',
      properties: {
        points: {
          type: 'array',
          items: { type: 'object', title: 'Point', properties: { x: { type: 'number' }, label: { type: 'string', default: 'p' } }, required: ['x'] },
        },
      },
      required: ['points'],
    });
    press('Add item');
    expect(form.value()).toEqual({ points: [{ label: 'p' }] });
    expect(screen.getByRole('group', { name: 'Point 1' })).toBeTruthy();
    type(screen.getByRole('spinbutton', { name: 'x' }), '2');
    press('Add item');
    press('Move item 2 up');
    expect(form.value()).toEqual({ points: [{ label: 'p' }, { x: 2, label: 'p' }] });
    press('Remove item 1');
    press('Remove item 1');
    expect(form.value()).toEqual({ points: [] });
  });
});
