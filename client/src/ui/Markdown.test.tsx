// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';
import MarkdownRenderer from './markdown/MarkdownRenderer';
import { plainParagraphs } from './markdown/plainParagraphs';

// react-markdown puts a newline between blocks; the browser ignores it.
const html = (node: React.ReactElement) => render(node).container.innerHTML.replace(/>\n</g, '><');

describe('Markdown', () => {
  it('renders plain text itself, exactly as the markdown renderer would', () => {
    const samples = [
      'Echoes back the input',
      'Adds two numbers.\nReturns the sum, (a + b) in one result.',
      '  First paragraph.\n\n\n  Second one, after blank lines.\n',
      "It's 100% plain; no markup: really?",
    ];
    for (const text of samples) {
      expect(plainParagraphs(text), text).toBeDefined();
      expect(html(<Markdown text={text} className="text-sm" />), text).toBe(html(<MarkdownRenderer text={text} className="text-sm" />));
    }
  });

  it('leaves anything that may be markdown to the renderer', () => {
    const samples = [
      '**bold**',
      'a `code` span',
      '- a list item',
      '1. first',
      '> quoted',
      '# Heading',
      'Title\n=====',
      'Title\n-----',
      'see https://example.com',
      'mail someone@example.com',
      'www.example.com',
      'a &amp; b',
      '    indented code',
      '| a | b |',
      '![image](x.png)',
      'line one\\\nline two',
      'hard  \nbreak',
    ];
    for (const text of samples) expect(plainParagraphs(text), text).toBeUndefined();
  });
});
