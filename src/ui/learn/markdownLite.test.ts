import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdownLite } from './markdownLite';

describe('Markdown-lite', () => {
  it('splits paragraphs on blank lines and joins their lines', () => {
    expect(parseMarkdownLite('One\ntwo.\n\n  \nThree.')).toEqual([
      { type: 'paragraph', inlines: [{ type: 'text', text: 'One two.' }] },
      { type: 'paragraph', inlines: [{ type: 'text', text: 'Three.' }] },
    ]);
  });

  it('reads lists of "- " lines', () => {
    expect(parseMarkdownLite('- a `b`\n- **c**')).toEqual([
      {
        type: 'list',
        items: [
          [
            { type: 'text', text: 'a ' },
            { type: 'code', text: 'b' },
          ],
          [{ type: 'bold', text: 'c' }],
        ],
      },
    ]);
  });

  it('keeps markup and unclosed markers as plain text', () => {
    expect(parseInline('<img src=x onerror=alert(1)> **open `x')).toEqual([
      { type: 'text', text: '<img src=x onerror=alert(1)> **open `x' },
    ]);
  });
});
