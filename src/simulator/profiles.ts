/**
 * CLI profile names for a scenario's principals, shared by the console and the lessons that type
 * into it: `Intern` for `user/Intern`, `root` for an account root, the account id appended when two
 * principals would get the same name.
 */
import type { Scenario } from '../scenario/types';

/** Profile name → principal ARN, one per principal of the scenario. */
export function consoleProfiles(s: Scenario): Record<string, string> {
  const out = new Map<string, string>();
  for (const p of s.principals) {
    const base = /:root$/.test(p.arn) ? 'root' : (p.arn.split(/[/:]/).pop() ?? p.arn);
    const name = out.has(base) ? `${base}-${p.arn.split(':')[4] ?? ''}` : base;
    if (!out.has(name)) out.set(name, p.arn);
  }
  return Object.fromEntries(out);
}
