import { describe, expect, it } from 'vitest';
import { encodeTemplateValue, expandUriTemplate, missingVariables, parseUriTemplate } from './uriTemplate';

// The string-valued examples of RFC 6570 sections 1.2 and 3.2.
const values = { var: 'value', hello: 'Hello World!', path: '/foo/bar', empty: '', x: '1024', y: '768' };

function expand(template: string): string {
  const parsed = parseUriTemplate(template);
  if (!parsed.ok) throw new Error(parsed.error);
  return expandUriTemplate(parsed, values);
}

describe('expandUriTemplate (RFC 6570 examples)', () => {
  it.each([
    ['{var}', 'value'],
    ['{hello}', 'Hello%20World%21'],
    ['O{empty}X', 'OX'],
    ['O{undef}X', 'OX'],
    ['{+var}', 'value'],
    ['{+hello}', 'Hello%20World!'],
    ['{+path}/here', '/foo/bar/here'],
    ['here?ref={+path}', 'here?ref=/foo/bar'],
    ['X{#var}', 'X#value'],
    ['X{#hello}', 'X#Hello%20World!'],
    ['map?{x,y}', 'map?1024,768'],
    ['{x,hello,y}', '1024,Hello%20World%21,768'],
    ['{+x,hello,y}', '1024,Hello%20World!,768'],
    ['{+path,x}/here', '/foo/bar,1024/here'],
    ['{#x,hello,y}', '#1024,Hello%20World!,768'],
    ['{#path,x}/here', '#/foo/bar,1024/here'],
    ['X{.var}', 'X.value'],
    ['X{.x,y}', 'X.1024.768'],
    ['{/var}', '/value'],
    ['{/var,x}/here', '/value/1024/here'],
    ['{;x,y}', ';x=1024;y=768'],
    ['{;x,y,empty}', ';x=1024;y=768;empty'],
    ['{?x,y}', '?x=1024&y=768'],
    ['{?x,y,empty}', '?x=1024&y=768&empty='],
    ['{?x,undef}', '?x=1024'],
    ['{?undef}', ''],
    ['?fixed=yes{&x}', '?fixed=yes&x=1024'],
    ['{&x,y,empty}', '&x=1024&y=768&empty='],
    ['{var:3}', 'val'],
    ['{var:30}', 'value'],
    ['{+path:6}/here', '/foo/b/here'],
    ['{#path:6}/here', '#/foo/b/here'],
    ['{/var:1,var}', '/v/value'],
    ['{;hello:5}', ';hello=Hello'],
    ['{?var:3}', '?var=val'],
    ['{var*}', 'value'],
  ])('%s → %s', (template, expected) => {
    expect(expand(template)).toBe(expected);
  });

  it('expands the demo server templates', () => {
    const parsed = parseUriTemplate('demo://resource/dynamic/text/{resourceId}');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(expandUriTemplate(parsed, { resourceId: '7' })).toBe('demo://resource/dynamic/text/7');
  });
});

describe('parseUriTemplate', () => {
  it('lists each variable once, with its operator and modifiers, in template order', () => {
    const parsed = parseUriTemplate('file:///{+path}{?q,lang}{&q}{/seg:2}{#frag*}');
    expect(parsed.ok && parsed.variables).toEqual([
      { name: 'path', operator: '+', explode: false },
      { name: 'q', operator: '?', explode: false },
      { name: 'lang', operator: '?', explode: false },
      { name: 'seg', operator: '/', explode: false, prefix: 2 },
      { name: 'frag', operator: '#', explode: true },
    ]);
  });

  it('accepts a URI with no expressions', () => {
    expect(parseUriTemplate('demo://static')).toEqual({ ok: true, parts: [{ literal: 'demo://static' }], variables: [] });
  });

  it.each([
    ['demo://{id', /unclosed "\{" at 7/],
    ['demo://id}', /unmatched "\}" at 9/],
    ['demo://{}', /empty expression/],
    ['demo://{a{b}}', /nested/],
    ['demo://{a b}', /invalid variable "a b"/],
    ['demo://{=a}', /reserved by RFC 6570/],
    ['demo://{a:0}', /prefix of "a"/],
    ['demo://{a,}', /invalid variable ""/],
  ])('rejects %s with a specific error', (template, error) => {
    const parsed = parseUriTemplate(template);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

describe('encodeTemplateValue', () => {
  it('percent-encodes UTF-8 and keeps existing escapes only for reserved expansion', () => {
    expect(encodeTemplateValue('é/%41', false)).toBe('%C3%A9%2F%2541');
    expect(encodeTemplateValue('é/%41', true)).toBe('%C3%A9/%41');
    expect(encodeTemplateValue('100%', true)).toBe('100%25');
  });
});

describe('missingVariables', () => {
  it('needs every variable but a query one, each named once, until it has a value', () => {
    const parsed = parseUriTemplate('files:///{+path}{?lang}{&page}/{id}/{id}');
    expect(missingVariables(parsed, {})).toEqual(['path', 'id']);
    expect(missingVariables(parsed, { path: 'docs/a.md' })).toEqual(['id']);
    expect(missingVariables(parsed, { path: 'docs/a.md', id: '7' })).toEqual([]);
    expect(missingVariables(parseUriTemplate('demo://x/{'), {})).toEqual([]);
  });
});
