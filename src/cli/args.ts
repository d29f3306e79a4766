/** Command-line arguments of the evaluate CLI. */
export interface CliArgs {
  files: string[];
  /** 0 = no benchmark; otherwise evaluations per request. */
  repeat: number;
  /** Add `fixes` to every AccessDeniedException result (issue 10). */
  fixes: boolean;
  /**
   * Issue 15: `whoCan` prints the access matrix of one file; `diff` the changed cells between two
   * (BEFORE AFTER); `evaluate` (the default) evaluates the files' requests.
   */
  mode: 'evaluate' | 'whoCan' | 'diff';
}

export const USAGE =
  'usage: npm run --silent evaluate -- FILE... [--repeat N] [--fixes]   (FILE "-" reads stdin)\n' +
  '       npm run --silent evaluate -- --who-can FILE\n' +
  '       npm run --silent evaluate -- --diff BEFORE AFTER   (exit 1 when AFTER grants new access)';

/** Most evaluations per request a benchmark run may ask for (minutes at the engine's speed). */
export const MAX_REPEAT = 1_000_000;

/** `--repeat`'s value, or why it is refused. */
function repeatCount(text: string | undefined): number | string {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_REPEAT)
    return `--repeat needs a whole number from 1 to ${MAX_REPEAT.toLocaleString('en')}`;
  return n;
}

/** Parses argv (without node and the script). */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  const files: string[] = [];
  let repeat = 0;
  let fixes = false;
  // An object, so the narrowing of `mode` survives the helper that sets it.
  const picked: { mode: CliArgs['mode'] } = { mode: 'evaluate' };
  const setMode = (m: CliArgs['mode']) => {
    if (picked.mode !== 'evaluate' && picked.mode !== m) return false;
    picked.mode = m;
    return true;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--repeat') {
      const n = repeatCount(argv[++i]);
      if (typeof n === 'string') return { error: n };
      repeat = n;
    } else if (a.startsWith('--repeat=')) {
      const n = repeatCount(a.slice(9));
      if (typeof n === 'string') return { error: n };
      repeat = n;
    } else if (a === '--fixes') fixes = true;
    else if (a === '--who-can' || a === '--diff') {
      if (!setMode(a === '--who-can' ? 'whoCan' : 'diff'))
        return { error: '--who-can and --diff cannot be combined' };
    } else if (a === '--help' || a === '-h') return { error: 'help' };
    else if (a.startsWith('--')) return { error: `unknown option ${a}` };
    else files.push(a);
  }
  if (files.length === 0) return { error: 'no scenario file given' };
  const mode = picked.mode;
  if (mode === 'whoCan' && files.length !== 1) return { error: '--who-can takes one FILE' };
  if (mode === 'diff' && files.length !== 2)
    return { error: '--diff takes two files: BEFORE AFTER' };
  if (mode !== 'evaluate' && (repeat > 0 || fixes))
    return { error: '--repeat and --fixes apply to evaluation, not to --who-can or --diff' };
  return { files, repeat, fixes, mode };
}
