// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Markdown from './MarkdownRenderer';

const html = (text: string) => render(<Markdown text={text} />).container.innerHTML;
const dom = (text: string) => render(<Markdown text={text} />).container;

describe('MarkdownRenderer', () => {
  it('renders markdown: emphasis, code, lists and GFM tables', () => {
    const container = dom('**bold** and `code`\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect(container.querySelector('code')?.textContent).toBe('code');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('table td')?.textContent).toBe('1');
  });

  it('never turns raw HTML into elements', () => {
    const container = dom('<script>alert(1)</script><img src=x onerror="alert(1)"><b onclick="x()">hi</b>\n\n<iframe src="https://evil.example"></iframe>');
    expect(container.querySelector('script, iframe, b, img[onerror]')).toBeNull();
    expect(container.innerHTML).not.toMatch(/onerror|onclick|<script|<iframe/i);
  });

  it('opens http(s) links in a new tab without opener or referrer', () => {
    const link = dom('[docs](https://example.com/docs)').querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.com/docs');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('drops javascript:, data:, file: and relative link targets, keeping the text', () => {
    for (const target of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '/relative']) {
      const container = dom(`[click](${target})`);
      expect(container.querySelector('a')).toBeNull();
      expect(container.textContent).toContain('click');
    }
  });

  it('does not load a remote image until asked; shows an inline data: image', () => {
    const container = dom('![chart](https://tracker.example/pixel.png)');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('button')?.textContent).toContain('tracker.example');
    expect(html('![dot](data:image/png;base64,iVBORw0KGgo=)')).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });

  it('drops image sources that are neither http(s) nor data: images', () => {
    const container = dom('![x](javascript:alert(1)) ![y](data:text/html,hi)');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('[image: x]');
  });
});
