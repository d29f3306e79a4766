import { Fragment } from 'react';
import { parseMarkdownLite, type Inline } from './markdownLite';

function Inlines({ inlines }: { inlines: Inline[] }) {
  return inlines.map((run, i) =>
    run.type === 'code' ? (
      <code key={i}>{run.text}</code>
    ) : run.type === 'bold' ? (
      <strong key={i}>{run.text}</strong>
    ) : (
      <Fragment key={i}>{run.text}</Fragment>
    ),
  );
}

/** A lesson text rendered from Markdown-lite as React elements (never as HTML). */
export function MarkdownLite({ text }: { text: string }) {
  return parseMarkdownLite(text).map((block, i) =>
    block.type === 'list' ? (
      <ul key={i}>
        {block.items.map((item, j) => (
          <li key={j}>
            <Inlines inlines={item} />
          </li>
        ))}
      </ul>
    ) : (
      <p key={i}>
        <Inlines inlines={block.inlines} />
      </p>
    ),
  );
}
