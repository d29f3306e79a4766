/**
 * `--who-can FILE` and `--diff BEFORE AFTER` of the evaluate CLI (issue 15, src/access). Every
 * cell is the request alone: the principal, the KMS permission and the key ARN, with no encryption
 * context, grant tokens or extra context keys.
 *
 * - `--who-can` prints `{ "access": [{ principal, key, action, outcome, decision, via }] }`, one
 *   entry per principal × key × action. `via` is the route that authorized it (`keyPolicy`, `iam`
 *   for IAM via the key policy, `grant`) or null; a denied entry adds `stoppedBy`, an entry allowed
 *   only with request values adds `allowedWhen` (each alternative's route and values), a grant adds
 *   `grantId`. Exit 0.
 * - `--diff` prints `{ "changes": [{ principal, key, action, change, before, after }], "gained",
 *   "lost", "changed" }` and exits 1 when AFTER grants access BEFORE did not (a `gained` cell:
 *   denied → allowed or conditional, conditional → allowed), else 0.
 *
 * Both exit 2 when a file cannot be read or decoded.
 */
import { accessMatrix, diffMatrices, grantsNewAccess, type AccessCell } from '../access';
import { decodeScenarioText } from '../scenario';
import type { Scenario } from '../scenario/types';
import type { CliIo } from './evaluate';

function load(file: string, io: CliIo): Scenario | null {
  let text: string;
  try {
    text = io.read(file);
  } catch (e) {
    io.err(`${file}: cannot read: ${(e as Error).message}\n`);
    return null;
  }
  const decoded = decodeScenarioText(text);
  if (!decoded.ok) {
    for (const i of decoded.issues)
      io.err(`${file}: ${i.path.join('.') || '(root)'}: ${i.message}\n`);
    return null;
  }
  return decoded.scenario;
}

/** A cell as `--who-can` prints it. */
export function accessEntry(c: AccessCell): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    principal: c.principal,
    key: c.key,
    action: c.action,
    outcome: c.outcome,
    decision: c.decision,
    via: c.via,
  };
  if (c.grantId) entry['grantId'] = c.grantId;
  if (c.stop) entry['stoppedBy'] = c.stop;
  if (c.when.length > 0) entry['allowedWhen'] = c.when;
  return entry;
}

/** Runs `--who-can` or `--diff` and returns the exit status. */
export function runAccess(mode: 'whoCan' | 'diff', files: string[], io: CliIo): number {
  const scenarios: Scenario[] = [];
  for (const f of files) {
    const s = load(f, io);
    if (!s) return 2;
    scenarios.push(s);
  }
  if (mode === 'whoCan') {
    const m = accessMatrix(scenarios[0] as Scenario);
    io.out(`${JSON.stringify({ access: m.cells.map(accessEntry) }, null, 2)}\n`);
    return 0;
  }
  const changes = diffMatrices(
    accessMatrix(scenarios[0] as Scenario),
    accessMatrix(scenarios[1] as Scenario),
  );
  const count = (k: string) => changes.filter((c) => c.change === k).length;
  io.out(
    `${JSON.stringify(
      { changes, gained: count('gained'), lost: count('lost'), changed: count('changed') },
      null,
      2,
    )}\n`,
  );
  return grantsNewAccess(changes) ? 1 : 0;
}
