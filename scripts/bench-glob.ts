/**
 * Wildcard matching on hostile patterns (hardening issue): microseconds per match for patterns
 * that defeat the fast paths, against inputs of growing length. Linear matching shows as a cost
 * that grows with the input alone. Run: `npx tsx scripts/bench-glob.ts`.
 */
import { compileGlob } from '../src/engine/match/glob';

// Each pattern fails against a run of a's only after scanning all of it: the worst case.
const cases: [string, string][] = [
  ['*a{1000}b*', '*' + 'a'.repeat(1000) + 'b*'],
  ['*a?a{300}c*', '*a?' + 'a'.repeat(300) + 'c*'],
  ['?*a*a*a*a*a*a*a*a*a*b*', '?*a*a*a*a*a*a*a*a*a*b*'],
];
for (const [name, pattern] of cases) {
  const m = compileGlob(pattern);
  const row: string[] = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const input = 'a'.repeat(n);
    const reps = Math.max(3, Math.floor(2_000_000 / n));
    m(input);
    const t = performance.now();
    for (let i = 0; i < reps; i++) m(input);
    row.push(
      `${n.toLocaleString('en')} chars ${(((performance.now() - t) * 1000) / reps).toFixed(1)} µs`,
    );
  }
  console.log(`${name.padEnd(24)} ${row.join(' · ')}`);
}
