// Size budget for the JavaScript a visitor needs before the first decision shows (issue 3):
// the entry script and everything index.html preloads, gzipped. Monaco, its workers and other
// lazily loaded chunks are excluded because the page does not wait for them. Prints the figures
// and exits non-zero when the budget is exceeded.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = join(process.cwd(), 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set();
for (const m of html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)) initial.add(m[1]);
for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g))
  initial.add(m[1]);
const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+\.css)"/g)].map(
  (m) => m[1],
);

const kb = (n) => (n / 1024).toFixed(1);
let total = 0;
console.log('initial JavaScript (gzipped):');
for (const f of initial) {
  const bytes = gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  total += bytes;
  console.log(`  ${f}  ${kb(bytes)} KB`);
}
for (const f of css) {
  console.log(`  (css) ${f}  ${kb(gzipSync(readFileSync(join(dist, f)), { level: 9 }).length)} KB`);
}
const lazy = readdirSync(join(dist, 'assets')).filter(
  (f) => f.endsWith('.js') && !initial.has(`assets/${f}`),
);
const lazyBytes = lazy.reduce(
  (n, f) => n + gzipSync(readFileSync(join(dist, 'assets', f))).length,
  0,
);
console.log(
  `lazy chunks (not needed for the first decision): ${lazy.length} files, ${kb(lazyBytes)} KB gzipped`,
);
console.log(`initial JavaScript total: ${kb(total)} KB gzipped; budget ${BUDGET_KB} KB`);
if (initial.size === 0) {
  console.error('no entry script found in dist/index.html');
  process.exit(1);
}
if (total > BUDGET_KB * 1024) {
  console.error(`over budget by ${kb(total - BUDGET_KB * 1024)} KB`);
  process.exit(1);
}
