/**
 * The AWS CLI's "Invalid choice" message (awscli/argparser.py `_check_value`): the choices two to a
 * line, each padded to 40 columns, then close matches as Python's difflib finds them (cutoff 0.8).
 */

/** Longest common block of a[alo:ahi] and b[blo:bhi] (difflib `find_longest_match`, no junk). */
function longest(a: string, b: string, alo: number, ahi: number, blo: number, bhi: number) {
  let best = { i: alo, j: blo, size: 0 };
  for (let i = alo; i < ahi; i++)
    for (let j = blo; j < bhi; j++) {
      let k = 0;
      while (i + k < ahi && j + k < bhi && a[i + k] === b[j + k]) k++;
      if (k > best.size) best = { i, j, size: k };
    }
  return best;
}

/** difflib `SequenceMatcher(None, a, b).ratio()`. */
export function similarity(a: string, b: string): number {
  const matched = (alo: number, ahi: number, blo: number, bhi: number): number => {
    const m = longest(a, b, alo, ahi, blo, bhi);
    if (m.size === 0) return 0;
    return m.size + matched(alo, m.i, blo, m.j) + matched(m.i + m.size, ahi, m.j + m.size, bhi);
  };
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * matched(0, a.length, 0, b.length)) / total;
}

/** The message for `value` not among `choices`. */
export function invalidChoice(value: string, choices: readonly string[]): string {
  const lines = ['Invalid choice, valid choices are:\n'];
  for (let i = 0; i < choices.length; i += 2)
    lines.push(
      choices
        .slice(i, i + 2)
        .map((c) => c.padEnd(40))
        .join(' | '),
    );
  const close = choices
    .map((c) => ({ c, r: similarity(value, c) }))
    .filter((x) => x.r >= 0.8)
    .sort((x, y) => y.r - x.r)
    .slice(0, 3);
  if (close.length > 0)
    lines.push(
      `\n\nInvalid choice: '${value}', maybe you meant:\n`,
      ...close.map((x) => `  * ${x.c}`),
    );
  return lines.join('\n');
}
