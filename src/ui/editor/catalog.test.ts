import { describe, expect, it } from 'vitest';
import { CONDITION_KEYS } from '../../engine/catalog/conditionKeys';
import { API_OPERATIONS, GRANT_OPERATIONS, KMS_ACTIONS } from '../../engine/catalog/operations';
import { BASE_OPERATOR_NAMES, parseOperator } from '../../engine/conditions/operators';
import {
  ACTION_GROUPS,
  ACTIONS,
  CONDITION_KEY_ENTRIES,
  findAction,
  findConditionKey,
  matchActions,
} from './catalog';
import { completionsAt } from './completions';
import { hoverAt } from './hovers';
import { OPERATORS } from './operatorCatalog';

const policy = (statement: string) => `{"Version":"2012-10-17","Statement":[${statement}]}`;

/** Text with `|` marking the cursor, and the offset of the cursor. */
function at(marked: string): [string, number] {
  const offset = marked.indexOf('|');
  return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}

describe('catalogue', () => {
  it('has an entry with a description for every action the engine knows', () => {
    for (const name of KMS_ACTIONS) {
      const entry = findAction(name);
      expect(entry, name).toBeDefined();
      expect(entry?.description, name).not.toBe('');
      expect(entry?.modelled, name).toBe(true);
    }
  });

  it('describes every action it lists, in every one of the five groups', () => {
    for (const a of ACTIONS) expect(a.description, a.name).not.toBe('');
    const groups = new Set(ACTIONS.map((a) => a.group));
    expect([...groups].sort()).toEqual(ACTION_GROUPS.map((g) => g.id).sort());
    expect(findAction('kms:Decrypt')?.group).toBe('cryptographic');
    expect(findAction('kms:CreateGrant')?.group).toBe('grants');
    expect(findAction('kms:CreateAlias')?.group).toBe('aliases');
    expect(findAction('kms:CreateKey')?.group).toBe('keyless');
    expect(findAction('kms:PutKeyPolicy')?.group).toBe('keyManagement');
  });

  it('has an entry with a description for every condition key the engine knows', () => {
    for (const info of CONDITION_KEYS) {
      const probe = info.prefix ? `${info.name}Example` : info.name;
      const entry = findConditionKey(probe);
      expect(entry?.name.toLowerCase(), info.name).toBe(info.name.toLowerCase());
      expect(entry?.keyPolicyAllowed, info.name).toBe(info.keyPolicyAllowed);
      expect(entry?.multiValued, info.name).toBe(info.multiValued);
    }
    for (const k of CONDITION_KEY_ENTRIES) expect(k.description, k.name).not.toBe('');
  });

  it('lists each key once, with KMS’s own action list for the global keys it names', () => {
    const names = CONDITION_KEY_ENTRIES.map((k) => k.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(findConditionKey('aws:ResourceTag/Team')).toMatchObject({ scope: 'global' });
    expect(findConditionKey('aws:ResourceTag/Team')?.actions).toContain('kms:Decrypt');
  });

  it('takes which actions carry a KMS key from the reference', () => {
    const viaService = findConditionKey('kms:ViaService');
    expect(viaService?.actions).toContain('kms:Decrypt');
    expect(findConditionKey('kms:GrantOperations')?.actions).toEqual(['kms:CreateGrant']);
    expect(findConditionKey('aws:PrincipalArn')?.actions).toBe('all');
    expect(findConditionKey('kms:ResourceAliases')?.keyPolicyAllowed).toBe(false);
  });

  it('notes where the engine compares a key with another type than the reference', () => {
    expect(findConditionKey('kms:ValidTo')).toMatchObject({ type: 'Date', engineType: 'Numeric' });
    expect(findConditionKey('kms:EncryptionContext:Department')?.family).toBe(true);
  });

  it('matches action wildcards case-insensitively', () => {
    expect(matchActions('kms:GenerateDataKey*').map((a) => a.name)).toContain(
      'kms:GenerateDataKeyPairWithoutPlaintext',
    );
    expect(matchActions('KMS:decrypt').map((a) => a.name)).toEqual(['kms:Decrypt']);
    expect(matchActions('*')).toHaveLength(ACTIONS.length);
  });

  it('lists every operator the engine accepts, with IfExists and set forms', () => {
    expect(OPERATORS.every((o) => parseOperator(o.name) !== undefined)).toBe(true);
    for (const base of BASE_OPERATOR_NAMES) {
      const names = OPERATORS.filter((o) => o.base === base).map((o) => o.name);
      expect(names).toContain(`ForAnyValue:${base}`);
      expect(names).toContain(`ForAllValues:${base}`);
      if (base !== 'Null') expect(names).toContain(`${base}IfExists`);
    }
    expect(OPERATORS.find((o) => o.name === 'StringNotLike')?.description).toMatch(/none/);
  });
});

describe('every engine action and condition key has a completion and a hover', () => {
  it('completes and hovers every KMS action in Action', () => {
    const [text, offset] = at(policy('{"Effect":"Allow","Action":"|"}'));
    const labels = completionsAt(text, offset, { kind: 'keyPolicy', principals: [] }).map(
      (i) => i.label,
    );
    for (const name of KMS_ACTIONS) {
      expect(labels, name).toContain(name);
      const doc = policy(`{"Effect":"Allow","Action":"${name}"}`);
      expect(hoverAt(doc, doc.indexOf(name) + 1, 'keyPolicy')?.markdown, name).toContain(name);
    }
  });

  it('completes and hovers every condition key under an operator', () => {
    const [text, offset] = at(policy('{"Effect":"Allow","Condition":{"StringEquals":{|}}}'));
    const labels = completionsAt(text, offset, { kind: 'identityPolicy', principals: [] }).map(
      (i) => i.label,
    );
    for (const info of CONDITION_KEYS) {
      expect(labels, info.name).toContain(info.name);
      const key = info.prefix ? `${info.name}Example` : info.name;
      const doc = policy(`{"Effect":"Allow","Condition":{"StringEquals":{"${key}":"x"}}}`);
      const hover = hoverAt(doc, doc.indexOf(key) + 2, 'identityPolicy');
      expect(hover?.markdown, info.name).toContain(info.name);
    }
  });

  it('completes grant operations and request API operations', () => {
    const [grant, g] = at('{"operations":["|"]}');
    const grantLabels = completionsAt(grant, g, { kind: 'grant', principals: [] }).map(
      (i) => i.label,
    );
    expect(grantLabels).toEqual([...GRANT_OPERATIONS]);
    const [request, r] = at('{"action":"|"}');
    const requestLabels = completionsAt(request, r, { kind: 'request', principals: [] }).map(
      (i) => i.label,
    );
    for (const op of API_OPERATIONS.filter((o) => o !== 'ReEncrypt'))
      expect(requestLabels).toContain(`kms:${op}`);
  });
});
