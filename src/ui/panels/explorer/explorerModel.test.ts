import { describe, expect, it } from 'vitest';
import { decodeScenarioValue, examples } from '../../../scenario';
import { listDocuments } from '../../../state';
import { outlineOf } from './explorerModel';

describe('explorer outline', () => {
  it('puts principals and keys under their accounts, with their documents', () => {
    const s = examples.find((e) => e.id === 'cross-account-decrypt')!.scenario;
    const outline = outlineOf(s, listDocuments(s));
    const ids = outline.accounts.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['111122223333', '444455556666']));
    const analytics = outline.accounts.find((a) => a.id === '444455556666')!;
    expect(analytics.principals.map((p) => p.arn)).toContain(
      'arn:aws:iam::444455556666:role/ReportBuilder',
    );
    expect(analytics.principals[0]!.documents[0]!.id).toMatch(/^identity:/);
    const security = outline.accounts.find((a) => a.id === '111122223333')!;
    expect(security.keys[0]!.policy?.id).toMatch(/^key:/);
  });

  it('lists grants under their key', () => {
    const s = examples.find((e) => e.id === 'grant-encryption-context')!.scenario;
    const outline = outlineOf(s, listDocuments(s));
    const key = outline.accounts[0]!.keys[0]!;
    expect(key.grants.map((g) => g.document.label)).toEqual(['invoice-worker-acme']);
  });

  it('shows each account the guardrails attached above it, and none to the management account', () => {
    const decoded = decodeScenarioValue({
      format: 'kms-playground/scenario',
      version: 1,
      organization: {
        units: [{ id: 'ou-prod', parent: 'r-root' }],
        policies: [
          { id: 'p-root', type: 'SCP', targets: ['r-root'], document: { Statement: [] } },
          { id: 'p-ou', type: 'RCP', targets: ['ou-prod'], document: { Statement: [] } },
          { id: 'p-elsewhere', type: 'SCP', targets: ['ou-other'], document: { Statement: [] } },
        ],
      },
      accounts: [
        { id: '111122223333', parent: 'ou-prod' },
        { id: '999999999999', parent: 'r-root', managementAccount: true },
      ],
    });
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
    const s = decoded.scenario;
    const outline = outlineOf(s, listDocuments(s));
    const prod = outline.accounts.find((a) => a.id === '111122223333')!;
    expect(prod.guardrails.map((d) => d.id)).toEqual(['scp:p-root', 'rcp:p-ou']);
    expect(outline.accounts.find((a) => a.id === '999999999999')!.guardrails).toEqual([]);
    expect(outline.otherGuardrails.map((d) => d.id)).toEqual(['scp:p-elsewhere']);
  });
});
