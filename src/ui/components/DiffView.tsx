import { diffLines } from 'diff';
import { useMemo } from 'react';

/** Unchanged lines kept around each change; longer unchanged runs fold into one "⋯" line. */
const CONTEXT = 2;

interface Line {
  kind: 'add' | 'remove' | 'same' | 'fold';
  text: string;
}

/** The line diff of two texts with a little context (jsdiff's diffLines), as display lines. */
export function diffDisplayLines(before: string, after: string): Line[] {
  const lines: Line[] = [];
  for (const part of diffLines(before, after)) {
    const kind = part.added ? 'add' : part.removed ? 'remove' : 'same';
    const texts = part.value.replace(/\n$/, '').split('\n');
    if (kind !== 'same' || texts.length <= CONTEXT * 2 + 1) {
      for (const text of texts) lines.push({ kind, text });
      continue;
    }
    const first = lines.length === 0;
    const head = first ? [] : texts.slice(0, CONTEXT);
    const tail = texts.slice(-CONTEXT);
    for (const text of head) lines.push({ kind, text });
    lines.push({
      kind: 'fold',
      text: `⋯ ${texts.length - head.length - tail.length} unchanged lines`,
    });
    for (const text of tail) lines.push({ kind, text });
  }
  // Trailing context after the last change only.
  const lastChange = lines.findLastIndex((l) => l.kind === 'add' || l.kind === 'remove');
  return lines.slice(0, lastChange + CONTEXT + 1);
}

const SIGN = { add: '+', remove: '−', same: ' ', fold: ' ' } as const;
const WORD = { add: 'added', remove: 'removed', same: '', fold: '' } as const;

/** A before/after line diff, coloured and signed (+ added, − removed), never colour alone. */
export function DiffView({
  before,
  after,
  label,
}: {
  before: string;
  after: string;
  label: string;
}) {
  const lines = useMemo(() => diffDisplayLines(before, after), [before, after]);
  return (
    <pre className="diff-view" aria-label={label} tabIndex={0}>
      {lines.map((l, i) => (
        <span key={i} className={`diff-line diff-${l.kind}`}>
          <span className="diff-sign" aria-hidden="true">
            {SIGN[l.kind]}
          </span>
          {WORD[l.kind] && <span className="visually-hidden">{WORD[l.kind]}: </span>}
          {l.text}
          {'\n'}
        </span>
      ))}
    </pre>
  );
}
