/** Command-line arguments of the evaluate CLI. */
export interface CliArgs {
  files: string[];
  /** 0 = no benchmark; otherwise evaluations per request. */
  repeat: number;
  /** Add `fixes` to every AccessDeniedException result (issue 10). */
  fixes: boolean;
}

export const USAGE =
  'usage: npm run --silent evaluate -- FILE... [--repeat N] [--fixes]   (FILE "-" reads stdin)';

/** Parses argv (without node and the script). */
export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  const files: string[] = [];
  let repeat = 0;
  let fixes = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--repeat') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) return { error: '--repeat needs a positive whole number' };
      repeat = n;
    } else if (a.startsWith('--repeat=')) {
      const n = Number(a.slice(9));
      if (!Number.isInteger(n) || n < 1) return { error: '--repeat needs a positive whole number' };
      repeat = n;
    } else if (a === '--fixes') fixes = true;
    else if (a === '--help' || a === '-h') return { error: 'help' };
    else if (a.startsWith('--')) return { error: `unknown option ${a}` };
    else files.push(a);
  }
  if (files.length === 0) return { error: 'no scenario file given' };
  return { files, repeat, fixes };
}
