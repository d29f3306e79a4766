import { describe, expect, it } from 'vitest';
import { documentById } from '../engine';
import { documentText, listDocuments, locateDocument, setDocument } from './documents';
import { firstExample, richScenario } from './testing';

describe('listDocuments', () => {
  it('lists a document of every kind, with engine ids, and the scenario last', () => {
    const docs = listDocuments(richScenario());
    expect(docs.map((d) => [d.id, d.kind, d.group])).toEqual([
      ['scp:p-scp', 'scp', 'organization'],
      ['rcp:p-rcp', 'rcp', 'organization'],
      ['identity:arn:aws:iam::111122223333:user/Ann#UseKeys', 'identityPolicy', 'principals'],
      ['boundary:arn:aws:iam::111122223333:user/Ann', 'boundary', 'principals'],
      ['group:arn:aws:iam::111122223333:group/Devs#DevKms', 'identityPolicy', 'principals'],
      ['key:1111aaaa-2222-3333-4444-555566667777', 'keyPolicy', 'keys'],
      ['grant:g1', 'grant', 'grants'],
      ['vpce:vpce-1', 'endpointPolicy', 'endpoints'],
      ['vpce:vpce-2', 'endpointPolicy', 'endpoints'],
      ['request:r1', 'request', 'requests'],
      ['session:r1', 'sessionPolicy', 'requests'],
      ['request:1', 'request', 'requests'],
      ['newPolicy:1', 'newKeyPolicy', 'requests'],
      ['scenario', 'scenario', 'scenario'],
    ]);
    expect(docs.find((d) => d.kind === 'keyPolicy')?.label).toBe('alias/app');
    expect(docs.find((d) => d.id === 'scp:p-scp')?.label).toBe('Guard');
  });

  it('resolves every policy id to the same JSON as the engine does', () => {
    const s = richScenario();
    for (const d of listDocuments(s)) {
      if (d.kind === 'scenario' || d.kind === 'grant' || d.kind === 'request') continue;
      const text = documentText(s, d.id);
      const engine = documentById(s, d.id);
      expect(text === '' ? undefined : JSON.parse(text)).toEqual(engine);
    }
  });
});

describe('documentText', () => {
  it('pretty-prints with two spaces, grants and requests without defaults', () => {
    const s = richScenario();
    expect(documentText(s, 'key:1111aaaa-2222-3333-4444-555566667777')).toContain(
      '{\n  "Version": "2012-10-17",',
    );
    expect(JSON.parse(documentText(s, 'grant:g1'))).not.toHaveProperty('propagated');
    expect(documentText(s, 'vpce:vpce-2')).toBe('');
    expect(documentText(s, 'key:nope')).toBe('');
    expect(JSON.parse(documentText(s, 'scenario'))).toMatchObject({ title: 'Everything' });
  });
});

describe('setDocument', () => {
  it('replaces one document immutably and shares the rest', () => {
    const s = firstExample();
    const id = listDocuments(s).find((d) => d.kind === 'keyPolicy')!.id;
    const policy = { Version: '2012-10-17', Statement: [] };
    const next = setDocument(s, id, policy);
    expect(next).not.toBe(s);
    expect(documentById(next, id)).toEqual(policy);
    expect(documentById(s, id)).not.toEqual(policy);
    expect(next.principals).toBe(s.principals);
    expect(next.requests).toBe(s.requests);
  });

  it('replaces a grant whole, removes an optional document, ignores unknown ids', () => {
    const s = richScenario();
    const grant = { ...s.grants[0]!, operations: ['Encrypt'] };
    expect(setDocument(s, 'grant:g1', grant).grants[0]).toBe(grant);
    expect(setDocument(s, 'vpce:vpce-1', undefined).vpcEndpoints[0]).toEqual({ id: 'vpce-1' });
    expect(setDocument(s, 'grant:missing', grant)).toBe(s);
    expect(locateDocument(s, 'request:1')?.path).toEqual(['requests', 1]);
  });
});
