// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderForm, type } from './testing/renderForm';

afterEach(cleanup);

describe('JsonFallbackField', () => {
  const schema = {
    type: 'object',
    properties: { name: { type: 'string' }, meta: { type: 'object', additionalProperties: { type: 'string' } }, mixed: { allOf: [{ type: 'object' }] } },
  };

  it('edits a subtree the form cannot show as JSON, updating the value only while the text parses', () => {
    const form = renderForm(schema, { meta: { a: 'b' } });
    const meta = screen.getByRole('textbox', { name: 'meta' }) as HTMLTextAreaElement;
    expect(JSON.parse(meta.value)).toEqual({ a: 'b' });
    expect(screen.getByText(/Edited as JSON \(an object with free-form keys\)/)).toBeTruthy();
    type(meta, '{"a": ');
    expect(meta.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/^Invalid JSON/)).toBeTruthy();
    expect(form.value()).toBeUndefined();
    type(meta, '{"a": "c"}');
    expect(form.value()).toEqual({ meta: { a: 'c' } });
    expect(screen.queryByText(/^Invalid JSON/)).toBeNull();
    type(meta, '');
    expect(form.value()).toEqual({});
    expect(screen.getByRole('textbox', { name: 'mixed' })).toBeTruthy();
  });

  it('shows the errors of its whole subtree, each with the path below the editor', () => {
    renderForm(schema, { meta: { a: 1 } }, [{ path: '/meta/a', message: 'must be string' }]);
    const meta = screen.getByRole('textbox', { name: 'meta' });
    expect(meta.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${meta.id}-errors`)?.textContent).toBe('/a must be string');
    expect(screen.queryByRole('list', { name: 'Other errors' })).toBeNull();
  });

  it('follows a value changed elsewhere (a JSON mode) without losing what is being typed', () => {
    const form = renderForm(schema, { meta: { a: 'b' } });
    const meta = screen.getByRole('textbox', { name: 'meta' }) as HTMLTextAreaElement;
    type(meta, '{"a":"c"}');
    expect(meta.value).toBe('{"a":"c"}');
    act(() => form.setFromOutside({ name: 'n', meta: { z: '1' } }));
    expect(JSON.parse(meta.value)).toEqual({ z: '1' });
    expect((screen.getByRole('textbox', { name: 'name' }) as HTMLInputElement).value).toBe('n');
  });

  it('edits the properties an object holds beyond its named ones, keeping the named ones', () => {
    const form = renderForm(
      { type: 'object', properties: { name: { type: 'string' } }, additionalProperties: { type: 'number' } },
      { name: 'n' },
      [{ path: '/size', message: 'must be number' }],
    );
    const others = screen.getByRole('textbox', { name: 'Other properties' }) as HTMLTextAreaElement;
    expect(others.value).toBe('');
    expect(screen.getByText('/size must be number')).toBeTruthy();
    type(others, '[1]');
    expect(screen.getByText('Must be a JSON object')).toBeTruthy();
    type(others, '{"size": 3}');
    expect(form.value()).toEqual({ name: 'n', size: 3 });
    type(screen.getByRole('textbox', { name: 'name' }), 'm');
    expect(form.value()).toEqual({ name: 'm', size: 3 });
    expect(JSON.parse(others.value)).toEqual({ size: 3 });
    expect(screen.queryByRole('list', { name: 'Other errors' })).toBeNull();
  });
});
