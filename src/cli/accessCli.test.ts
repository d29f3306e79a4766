import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MATRIX_ACTIONS } from '../access';
import { encodeScenarioText } from '../scenario';
import { examples } from '../scenario/examples';
import type { Json } from '../scenario/types';
import { runEvaluate, type CliIo } from './evaluate';

const FIX = join(__dirname, '../scenario/fixtures/conformance');

function cli(argv: string[], files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    read: (f) => (f in files ? (files[f] as string) : readFileSync(f, 'utf8')),
    out: (t) => (out += t),
    err: (t) => (err += t),
  };
  return { code: runEvaluate(argv, io), out, err };
}

const exampleText = (id: string) => {
  const e = examples.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return encodeScenarioText(e.scenario);
};

describe('evaluate --who-can', () => {
  it('prints one entry per principal × key × action with the six fields', () => {
    const r = cli(['--who-can', 's.json'], { 's.json': exampleText('cross-account-decrypt') });
    expect(r.code).toBe(0);
    const { access } = JSON.parse(r.out);
    // Two roles and two account roots, one key.
    expect(access).toHaveLength(4 * 1 * MATRIX_ACTIONS.length);
    const decrypt = access.find(
      (a: { principal: string; action: string }) =>
        a.principal.endsWith('role/ReportBuilder') && a.action === 'kms:Decrypt',
    );
    expect(decrypt).toEqual({
      principal: 'arn:aws:iam::444455556666:role/ReportBuilder',
      key: 'arn:aws:kms:eu-west-1:111122223333:key/3b4c5d6e-7f80-4912-a3b4-c5d6e7f80912',
      action: 'kms:Decrypt',
      outcome: 'Allowed',
      decision: 'Allow',
      via: 'iam',
    });
    for (const a of access) {
      expect(Object.keys(a).slice(0, 6)).toEqual([
        'principal',
        'key',
        'action',
        'outcome',
        'decision',
        'via',
      ]);
    }
  });

  it('evaluates each cell with no encryption context: a context-constrained grant shows allowedWhen', () => {
    const r = cli(['--who-can', 's.json'], { 's.json': exampleText('grant-encryption-context') });
    const { access } = JSON.parse(r.out);
    const c = access.find(
      (a: { principal: string; action: string }) =>
        a.principal.endsWith('role/InvoiceWorker') && a.action === 'kms:Decrypt',
    );
    expect(c).toMatchObject({
      outcome: 'AccessDeniedException',
      decision: 'ImplicitDeny',
      via: null,
      stoppedBy: 'noAllow',
    });
    expect(c.allowedWhen[0].values).toEqual([
      { kind: 'encryptionContext', key: 'tenant', value: 'acme' },
    ]);
  });

  it('reads a conformance file from disk and exits 2 on a bad one', () => {
    expect(cli(['--who-can', join(FIX, 'V004.json')]).code).toBe(0);
    const bad = cli(['--who-can', 'bad.json'], { 'bad.json': '{' });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.json/);
  });

  it('refuses a wrong number of files and combined modes', () => {
    expect(cli(['--who-can', 'a', 'b']).err).toMatch(/one FILE/);
    expect(cli(['--diff', 'a']).err).toMatch(/two files/);
    expect(cli(['--diff', '--who-can', 'a', 'b']).code).toBe(2);
    expect(cli(['--who-can', '--fixes', 'a']).code).toBe(2);
  });
});

describe('evaluate --diff', () => {
  it('a scenario and itself: no changes, exit 0', () => {
    const text = exampleText('admins-and-users');
    const r = cli(['--diff', 'a.json', 'b.json'], { 'a.json': text, 'b.json': text });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ changes: [], gained: 0, lost: 0, changed: 0 });
  });

  it('adding an Allow reports exactly the gained cells and exits 1', () => {
    const before = JSON.parse(exampleText('admins-and-users'));
    const after = structuredClone(before);
    (after.keys[0].policy.Statement as Json[]).push({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:role/OrdersApp' },
      Action: 'kms:GetKeyPolicy',
      Resource: '*',
    });
    const r = cli(['--diff', 'a.json', 'b.json'], {
      'a.json': JSON.stringify(before),
      'b.json': JSON.stringify(after),
    });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ gained: 1, lost: 0, changed: 0 });
    expect(doc.changes).toEqual([
      {
        principal: 'arn:aws:iam::111122223333:role/OrdersApp',
        key: before.keys[0].arn,
        action: 'kms:GetKeyPolicy',
        change: 'gained',
        before: {
          outcome: 'AccessDeniedException',
          decision: 'ImplicitDeny',
          access: 'denied',
          via: null,
        },
        after: { outcome: 'Allowed', decision: 'Allow', access: 'allowed', via: 'keyPolicy' },
      },
    ]);
    // The other way round only loses access: exit 0.
    const back = cli(['--diff', 'b.json', 'a.json'], {
      'a.json': JSON.stringify(before),
      'b.json': JSON.stringify(after),
    });
    expect(back.code).toBe(0);
    expect(JSON.parse(back.out)).toMatchObject({ gained: 0, lost: 1 });
  });

  it('runs as npm run --silent evaluate -- --diff (the bundled CLI)', () => {
    const file = join(FIX, 'V004.json');
    const r = spawnSync('npm', ['run', '--silent', 'evaluate', '--', '--diff', file, file], {
      cwd: join(__dirname, '../..'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).changes).toEqual([]);
  }, 60_000);
});
