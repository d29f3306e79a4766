import { describe, expect, it } from 'vitest';
import { accessMatrix } from '../../access';
import { examples } from '../../scenario/examples';
import { testStore } from '../../state/testing';
import { openCell } from './openCell';
import { cellSentence } from './words';

const example = (id: string) => {
  const e = examples.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return e.scenario;
};

describe('opening a matrix cell in the playground', () => {
  it('selects the request that is exactly this call (key given by alias) and shows the playground', () => {
    const s = example('default-key-policy-iam');
    const { store } = testStore();
    store.getState().loadScenario(s, 'example');
    store.getState().setView('access');
    const index = s.requests.findIndex(
      (r) => !r.encryptionContext && Object.keys(r.parameters).length === 0,
    );
    const r = s.requests[index];
    if (!r) throw new Error('no plain request');
    const cell = accessMatrix(s).cells.find(
      (c) => c.principal === r.principal && c.action === r.action,
    );
    if (!cell) throw new Error('no cell');
    openCell(store, cell);
    expect(store.getState().scenario.requests).toHaveLength(s.requests.length);
    expect(store.getState().selectedRequest).toBe(index);
    expect(store.getState().view).toBe('playground');
  });

  it('adds a request for a new call, with the "allowed when" values, as one undoable edit', () => {
    const s = example('grant-encryption-context');
    const { store } = testStore();
    store.getState().loadScenario(s, 'example');
    const cell = accessMatrix(s).cells.find(
      (c) => c.principal.endsWith('role/InvoiceWorker') && c.action === 'kms:GenerateDataKey',
    );
    if (!cell) throw new Error('no cell');
    expect(cellSentence(cell)).toMatch(
      /^Allowed only when the request has encryption context tenant=acme/,
    );
    openCell(store, cell, cell.when[0]?.values);
    const state = store.getState();
    const added = state.scenario.requests.at(-1);
    expect(added).toMatchObject({
      id: 'who-can-GenerateDataKey-InvoiceWorker',
      principal: cell.principal,
      key: cell.key,
      encryptionContext: { tenant: 'acme' },
    });
    expect(state.selectedRequest).toBe(state.scenario.requests.length - 1);
    expect(state.evaluation.results.at(-1)?.outcome).toBe('Allowed');
    state.undo();
    expect(store.getState().scenario.requests).toHaveLength(s.requests.length);
  });
});
