/** Runs of characters copied as they are: in single quotes, in double quotes, unquoted. */
const SINGLE_RUN = /[^']+/y;
const DOUBLE_RUN = /[^"\\]+/y;
/** Unquoted: not a quote, backslash or blank, and not a `#` that would begin a comment. */
const PLAIN_RUN = /[^"'\\\s#][^"'\\\s]*/y;

/**
 * Splits a command line into words as a POSIX shell does (bash, Shell Command Language 2.2-2.3):
 * single quotes keep everything, double quotes keep all but `\"`, `\\`, `\$` and `` \` ``, an
 * unquoted backslash escapes the next character, backslash-newline continues the line, and an
 * unquoted `#` at the start of a word begins a comment that runs to the end of the line.
 */
export function tokenize(line: string): { words: string[] } | { error: string } {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    // Runs of ordinary characters are copied whole (a 10 MB --plaintext is one slice, not ten
    // million concatenations): up to the closing quote, or to the next quote, backslash or blank.
    const run = quote === "'" ? SINGLE_RUN : quote === '"' ? DOUBLE_RUN : PLAIN_RUN;
    run.lastIndex = i;
    const end = run.exec(line) ? run.lastIndex : i;
    if (end > i) {
      word += line.slice(i, end);
      if (quote === null) inWord = true;
      i = end - 1;
      continue;
    }
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

/**
 * The commands of a script: lines joined where a line ends in a backslash (line continuation),
 * blank lines and comment lines skipped. Each command keeps its text as typed.
 */
export function scriptCommands(script: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const line of script.split('\n')) {
    const text = pending + line;
    if (/(^|[^\\])(\\\\)*\\$/.test(line)) {
      pending = `${text}\n`;
      continue;
    }
    pending = '';
    const t = text.trim();
    if (t !== '' && !t.startsWith('#')) out.push(text);
  }
  if (pending.trim() !== '') out.push(pending.replace(/\\\n$/, ''));
  return out;
}

/** The words of a line, or none when its quotes are unbalanced. */
export const tokenizeWords = (line: string): string[] => {
  const t = tokenize(line);
  return 'words' in t ? t.words : [];
};
