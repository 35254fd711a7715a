import { describe, expect, it } from 'vitest';
import { rankByQuery } from '../ui/fuzzyMatch';
import { paletteEntries, paletteListKinds } from './paletteEntries';
import { TAB_ORDER, TABS, tabsFor } from './tabRegistry';

describe('paletteEntries', () => {
  const entries = paletteEntries({
    tools: [{ name: 'get-sum', title: 'Add numbers', description: 'Returns a + b' }, { name: 'echo' }, { title: 'nameless' }],
    resources: [{ uri: 'demo://resource/static/document/architecture.md', name: 'architecture.md' }],
    resourceTemplates: [{ uriTemplate: 'demo://resource/dynamic/text/{id}', name: 'Dynamic Text Resource' }],
  });

  it('offers every registered view first', () => {
    expect(entries.slice(0, TAB_ORDER.length).map((entry) => entry.label)).toEqual(TAB_ORDER.map((tab) => TABS[tab].label));
    expect(entries[0]).toMatchObject({ group: 'View', tab: TAB_ORDER[0] });
  });

  it('offers only the views that apply to the transport: no Network or Auth for stdio', () => {
    expect(tabsFor('stdio')).toEqual(TAB_ORDER.filter((tab) => tab !== 'network' && tab !== 'auth'));
    expect(tabsFor('streamable-http')).toEqual([...TAB_ORDER]);
    const stdioViews = paletteEntries({}, tabsFor('stdio')).map((entry) => entry.tab);
    expect(stdioViews).not.toContain('network');
    expect(stdioViews).toContain('log');
  });

  it('points each list item at its tab with the key the tab selects by', () => {
    expect(entries.find((entry) => entry.label === 'get-sum')).toMatchObject({ group: 'Tool', tab: 'tools', itemKey: 'get-sum', details: ['Add numbers', 'Returns a + b'] });
    expect(entries.find((entry) => entry.label === 'architecture.md')).toMatchObject({ tab: 'resources', itemKey: 'demo://resource/static/document/architecture.md' });
    // No tab selects templates yet, so none is offered (it would open nothing).
    expect(entries.some((entry) => entry.itemKey === 'demo://resource/dynamic/text/{id}')).toBe(false);
  });

  it('skips items without a key rather than inventing one', () => {
    expect(entries.filter((entry) => entry.group === 'Tool')).toHaveLength(2);
  });

  it('leaves out list kinds whose tab is not registered', () => {
    const kinds = paletteListKinds();
    expect(kinds).toContain('tools');
    expect(kinds.includes('prompts')).toBe('prompts' in TABS);
  });

  it('a typed tool name ranks that tool first', () => {
    expect(rankByQuery(entries, 'get-sum', (entry) => entry.label, (entry) => entry.details ?? [])[0]?.item.itemKey).toBe('get-sum');
    expect(rankByQuery(entries, 'log', (entry) => entry.label)[0]?.item.id).toBe('view:log');
  });
});
