import { describe, expect, it } from 'vitest';
import { encodeHeaderValue, paramHeaders, scanHeaderDeclarations } from './toolParamHeaders';

const schema = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties, ...extra });

describe('x-mcp-header declarations (SEP-2243)', () => {
  it('collects the declarations of properties reached through properties, nested ones included', () => {
    const scan = scanHeaderDeclarations(
      schema({ region: { type: 'string', 'x-mcp-header': 'Region' }, options: { type: 'object', properties: { verbose: { type: 'boolean', 'x-mcp-header': 'Verbose' } } }, query: { type: 'string' } }),
    );
    expect(scan).toEqual({ valid: true, declarations: [{ path: ['region'], headerName: 'Region' }, { path: ['options', 'verbose'], headerName: 'Verbose' }] });
  });

  it.each([
    ['an empty name', schema({ a: { type: 'string', 'x-mcp-header': '' } }), /non-empty string/],
    ['a name with a space', schema({ a: { type: 'string', 'x-mcp-header': 'My Header' } }), /not a valid HTTP header name/],
    ['a number property', schema({ a: { type: 'number', 'x-mcp-header': 'A' } }), /number property/],
    ['an object property', schema({ a: { type: 'object', 'x-mcp-header': 'A' } }), /object property/],
    ['a name repeated in another case', schema({ a: { type: 'string', 'x-mcp-header': 'Region' }, b: { type: 'string', 'x-mcp-header': 'REGION' } }), /repeats 'Region'/],
    ['a declaration under items', schema({ a: { type: 'array', items: { type: 'string', 'x-mcp-header': 'A' } } }), /through 'properties' only/],
    ['a declaration under anyOf', schema({}, { anyOf: [schema({ a: { type: 'string', 'x-mcp-header': 'A' } })] }), /through 'properties' only/],
  ])('refuses %s', (_name, inputSchema, reason) => {
    const scan = scanHeaderDeclarations(inputSchema);
    expect(scan.valid).toBe(false);
    if (!scan.valid) expect(scan.reason).toMatch(reason);
  });

  it('mirrors primitive arguments as Mcp-Param headers and omits null or absent ones', () => {
    const declarations = [
      { path: ['region'], headerName: 'Region' },
      { path: ['priority'], headerName: 'Priority' },
      { path: ['verbose'], headerName: 'Verbose' },
      { path: ['missing'], headerName: 'Missing' },
      { path: ['nulled'], headerName: 'Nulled' },
    ];
    expect(paramHeaders(declarations, { region: 'us-west1', priority: 42, verbose: false, nulled: null })).toEqual({
      'Mcp-Param-Region': 'us-west1',
      'Mcp-Param-Priority': '42',
      'Mcp-Param-Verbose': 'false',
    });
  });

  it('base64-wraps values a header field cannot carry as they are', () => {
    expect(encodeHeaderValue('us west 1')).toBe('us west 1');
    expect(encodeHeaderValue('Hello, 世界')).toBe(`=?base64?${Buffer.from('Hello, 世界').toString('base64')}?=`);
    expect(encodeHeaderValue(' padded')).toBe(`=?base64?${Buffer.from(' padded').toString('base64')}?=`);
    expect(encodeHeaderValue('line1\nline2')).toMatch(/^=\?base64\?.+\?=$/);
    expect(encodeHeaderValue('')).toBe('=?base64??=');
    expect(encodeHeaderValue('=?base64?abc?=')).toBe(`=?base64?${Buffer.from('=?base64?abc?=').toString('base64')}?=`);
  });
});
