import { describe, expect, it } from 'vitest';
import { documentText } from './documents';
import { HISTORY_LIMIT } from './derive';
import { selectCurrentResult, selectDocumentText } from './selectors';
import { firstExample, richScenario, testStore } from './testing';

const KEY = 'key:7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const DENY_ALL = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Root',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 'kms:*',
        Resource: '*',
      },
      { Sid: 'NoOne', Effect: 'Deny', Principal: '*', Action: 'kms:Encrypt', Resource: '*' },
    ],
  },
  null,
  2,
);

describe('editing documents', () => {
  it('starts on the first key policy with an evaluation of every request', () => {
    const { store } = testStore();
    const s = store.getState();
    expect(s.selectedDocument).toBe(KEY);
    expect(s.evaluation.results).toHaveLength(4);
    expect(s.previousEvaluation).toBeNull();
    expect(s.dirty).toBe(false);
  });

  it('recomputes the evaluation on an edit: the decision flips, the old one is kept', () => {
    const { store } = testStore();
    expect(selectCurrentResult(store.getState())?.decision).toBe('Allow');
    store.getState().setDocumentText(KEY, DENY_ALL);
    const s = store.getState();
    expect(selectCurrentResult(s)?.decision).toBe('ExplicitDeny');
    expect(s.previousEvaluation?.results[0]?.decision).toBe('Allow');
    expect(s.dirty).toBe(true);
    expect(s.drafts).toEqual({});
  });

  it('keeps invalid JSON as a positioned draft, and applies it once fixed', () => {
    const { store } = testStore();
    const before = store.getState().scenario;
    const broken = DENY_ALL.replace('"Sid": "NoOne",', '"Sid": "NoOne"');
    store.getState().setDocumentText(KEY, broken);
    const draft = store.getState().drafts[KEY];
    expect(draft?.text).toBe(broken);
    expect(draft?.error).toEqual({ message: 'expected a comma', line: 15, column: 7 });
    expect(store.getState().scenario).toBe(before);
    expect(selectDocumentText(KEY)(store.getState())).toBe(broken);

    store.getState().setDocumentText(KEY, DENY_ALL);
    expect(store.getState().drafts[KEY]).toBeUndefined();
    expect(selectCurrentResult(store.getState())?.decision).toBe('ExplicitDeny');
  });

  it('keeps a grant that the decoder rejects as a draft pointing at the field', () => {
    const { store } = testStore({ scenario: richScenario() });
    const text = JSON.stringify(
      { grantId: 'g1', key: 'k', granteePrincipal: 'x', operations: 'Decrypt' },
      null,
      2,
    );
    store.getState().setDocumentText('grant:g1', text);
    const error = store.getState().drafts['grant:g1']?.error;
    expect(error?.message).toMatch(/operations/);
    expect(error?.line).toBe(5);
  });

  it('routes the scenario document through the decoder', () => {
    const { store } = testStore();
    store
      .getState()
      .setDocumentText('scenario', '{"format": "kms-playground/scenario", "version": 9}');
    expect(store.getState().drafts['scenario']?.error?.message).toMatch(/newer|version/i);
    const text = documentText(store.getState().scenario, 'scenario').replace(
      'Default key policy: IAM decides',
      'Renamed',
    );
    store.getState().setDocumentText('scenario', text);
    expect(store.getState().scenario.title).toBe('Renamed');
    expect(store.getState().drafts).toEqual({});
  });

  it('follows a grant whose id was edited, and removes an emptied endpoint policy', () => {
    const { store } = testStore({ scenario: richScenario() });
    store.getState().selectDocument('grant:g1');
    const text = documentText(store.getState().scenario, 'grant:g1').replace('"g1"', '"g2"');
    store.getState().setDocumentText('grant:g1', text);
    expect(store.getState().scenario.grants[0]?.grantId).toBe('g2');
    expect(store.getState().selectedDocument).toBe('grant:g2');
    store.getState().setDocumentText('vpce:vpce-1', '  ');
    expect(store.getState().scenario.vpcEndpoints[0]?.policy).toBeUndefined();
  });

  it('records nothing for a reformatting of the same JSON', () => {
    const { store } = testStore();
    const compact = JSON.stringify(JSON.parse(documentText(store.getState().scenario, KEY)));
    store.getState().setDocumentText(KEY, compact);
    expect(store.getState().past).toHaveLength(0);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes edits in order, and a new edit clears redo', () => {
    const { store, clock } = testStore();
    const s0 = store.getState().scenario;
    store.getState().updateScenario((s) => ({ ...s, title: 'one' }));
    store.getState().updateScenario((s) => ({ ...s, title: 'two' }));
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().scenario.title).toBe('one');
    store.getState().undo();
    expect(store.getState().scenario).toBe(s0);
    expect(store.getState().dirty).toBe(false);
    store.getState().undo(); // nothing left: no change
    expect(store.getState().scenario).toBe(s0);
    store.getState().redo();
    expect(store.getState().scenario.title).toBe('one');
    clock.advance(5000);
    store.getState().updateScenario((s) => ({ ...s, title: 'three' }));
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(store.getState().scenario.title).toBe('three');
  });

  it('merges edits of one document within 1 s into one step', () => {
    const { store, clock } = testStore();
    const s0 = store.getState().scenario;
    const edit = (title: string) =>
      store.getState().updateScenario((s) => ({ ...s, title }), 'scenario');
    edit('a');
    clock.advance(600);
    edit('ab');
    clock.advance(600); // 1.2 s after the first, 0.6 s after the last: still one step
    edit('abc');
    expect(store.getState().past).toEqual([s0]);
    clock.advance(1001);
    edit('abcd');
    expect(store.getState().past).toHaveLength(2);
    store.getState().updateScenario((s) => ({ ...s, title: 'other doc' }), KEY);
    expect(store.getState().past).toHaveLength(3);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().scenario.title).toBe('abc');
    store.getState().undo();
    expect(store.getState().scenario).toBe(s0);
  });

  it('merges typing through an invalid moment; undo then restores the text before it', () => {
    const { store, clock } = testStore();
    const original = documentText(store.getState().scenario, KEY);
    store.getState().setDocumentText(KEY, DENY_ALL);
    clock.advance(300);
    store.getState().setDocumentText(KEY, DENY_ALL.slice(0, -1));
    clock.advance(300);
    store.getState().setDocumentText(KEY, DENY_ALL.replace('kms:Encrypt', 'kms:Decrypt'));
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(documentText(store.getState().scenario, KEY)).toBe(original);
  });

  it('caps history at 200 steps', () => {
    const { store } = testStore();
    for (let i = 0; i < HISTORY_LIMIT + 25; i += 1) {
      store.getState().updateScenario((s) => ({ ...s, title: `t${i}` }));
    }
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
    expect(store.getState().past[0]?.title).toBe('t24');
  });

  it('makes loadScenario undoable and resets selection and drafts', () => {
    const { store } = testStore();
    store.getState().setDocumentText(KEY, '{ broken');
    store.getState().selectRequest(3);
    const s0 = store.getState().scenario;
    store.getState().loadScenario(richScenario(), 'example');
    const s = store.getState();
    expect(s.scenario.title).toBe('Everything');
    expect(s.drafts).toEqual({});
    expect(s.selectedRequest).toBe(0);
    expect(s.selectedDocument).toBe('key:1111aaaa-2222-3333-4444-555566667777');
    expect(s.dirty).toBe(false);
    s.undo();
    expect(store.getState().scenario).toBe(s0);
    expect(store.getState().drafts[KEY]?.text).toBe('{ broken'); // the draft came back
  });

  it('drops a draft when undo changes its document, and brings it back on redo', () => {
    const { store, clock } = testStore();
    store.getState().setDocumentText(KEY, DENY_ALL);
    clock.advance(2000);
    store.getState().setDocumentText(KEY, '{ oops');
    store.getState().undo();
    expect(store.getState().drafts[KEY]).toBeUndefined();
    store.getState().redo();
    expect(store.getState().drafts[KEY]?.text).toBe('{ oops');
  });

  it('discardDraft and markSaved', () => {
    const { store } = testStore();
    store.getState().setDocumentText(KEY, '{');
    store.getState().discardDraft(KEY);
    expect(store.getState().drafts).toEqual({});
    store.getState().updateScenario((s) => ({ ...s, title: 'x' }));
    store.getState().markSaved();
    expect(store.getState().dirty).toBe(false);
    expect(firstExample().title).not.toBe('x');
  });
});
