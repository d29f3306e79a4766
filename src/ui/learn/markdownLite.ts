/**
 * The lessons' Markdown-lite as data: paragraphs separated by blank lines, lists whose lines
 * start with "- ", and inline `code` and **bold**. Everything else is plain text, so a lesson's
 * text is rendered as React text nodes and can never inject markup.
 */

/** A run of inline text. */
export type Inline = { type: 'text' | 'code' | 'bold'; text: string };
/** A paragraph or a list of items, each a run of inlines. */
export type Block = { type: 'paragraph'; inlines: Inline[] } | { type: 'list'; items: Inline[][] };

const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*/g;

/** Inline runs of one line or paragraph; unclosed markers stay as text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > at) out.push({ type: 'text', text: text.slice(at, m.index) });
    out.push(m[1] !== undefined ? { type: 'code', text: m[1] } : { type: 'bold', text: m[2]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ type: 'text', text: text.slice(at) });
  return out;
}

/** The blocks of a lesson text. */
export function parseMarkdownLite(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.every((l) => l.trimStart().startsWith('- '))) {
      blocks.push({ type: 'list', items: lines.map((l) => parseInline(l.trimStart().slice(2))) });
    } else {
      blocks.push({ type: 'paragraph', inlines: parseInline(lines.join(' ')) });
    }
  }
  return blocks;
}
