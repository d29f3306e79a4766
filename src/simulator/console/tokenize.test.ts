/**
 * The tokenizer copies runs of ordinary characters whole; it splits every line exactly as the
 * character-by-character reading it replaced (kept below as the reference), quotes, backslashes,
 * comments and blanks included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

/** The character-by-character tokenizer, as it was. */
function reference(line: string): { words: string[] } | { error: string } {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    const next = line.charAt(i + 1);
    if (quote === "'") {
      if (ch === "'") quote = null;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && next === '\n') i++;
      else if (ch === '\\' && '"\\$`'.includes(next) && next !== '') word += line.charAt(++i);
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && next === '\n') {
      i++;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line.charAt(++i);
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (ch === '#' && !inWord) {
      const end = line.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) return { error: `Unterminated ${quote === '"' ? 'double' : 'single'} quote.` };
  if (inWord) words.push(word);
  return { words };
}

/** Lines made of the characters the shell treats specially, and a few ordinary ones. */
const line = fc
  .array(fc.constantFrom('a', 'b', ' ', '\t', '\n', "'", '"', '\\', '#', '$', '`', '=', 'é'), {
    maxLength: 40,
  })
  .map((cs) => cs.join(''));

describe('tokenize', () => {
  it('splits any line as the character-by-character reading does', () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(tokenize(l)).toEqual(reference(l));
      }),
      { numRuns: 5000, seed: 17 },
    );
  });

  it('keeps a 10 MB word whole', () => {
    const big = 'QUJD'.repeat(2_500_000);
    const t = tokenize(`aws kms encrypt --plaintext ${big} --key-id 'alias/a b'`);
    expect(t).toEqual({
      words: ['aws', 'kms', 'encrypt', '--plaintext', big, '--key-id', 'alias/a b'],
    });
  });
});
