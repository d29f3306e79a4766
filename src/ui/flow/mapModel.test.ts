import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../engine';
import { mapItems } from '../../explain';
import { decodeScenarioText, examples } from '../../scenario';
import type { Scenario } from '../../scenario/types';
import { buildMap, itemView, mapChanges, playingCheck } from './mapModel';

const dir = join(__dirname, '../../scenario/fixtures/conformance');
const load = (file: string): Scenario => {
  const d = decodeScenarioText(readFileSync(join(dir, file), 'utf8'));
  if (!d.ok) throw new Error(file);
  return d.scenario;
};
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, load(f)] as const);

describe('buildMap', () => {
  it('gives every statement and grant inside a check to exactly one node', () => {
    for (const [file, scenario] of all)
      for (const result of evaluateScenario(scenario).results) {
        const map = buildMap(result, scenario);
        const inCheck = new Set(Object.keys(map.checkOf));
        for (const s of result.trace) {
          if (!inCheck.has(s.id) || (s.kind !== 'statement' && s.kind !== 'grant')) continue;
          expect(map.owner[s.id], `${file} ${s.id}`).toBeDefined();
        }
      }
  });

  it('has rows for every node that stands for trace steps, and none for the others', () => {
    for (const [, scenario] of all.slice(0, 40))
      for (const result of evaluateScenario(scenario).results) {
        const map = buildMap(result, scenario);
        for (const item of mapItems(map.model)) {
          const rows = map.rowsOf(item.id);
          if (item.stepIds.length === 0) expect(rows).toEqual([]);
          for (const r of rows) expect(r.label).not.toBe('');
        }
      }
  });

  it('shows the values compared when a statement did not match', () => {
    const scenario = load('V005.json');
    const result = evaluateScenario(scenario).results[0]!;
    const map = buildMap(result, scenario);
    const rows = map.rowsOf('check0/route/keyPolicy');
    expect(rows.some((r) => /Action kms:Decrypt not in \["kms:Encrypt"/.test(r.reason ?? ''))).toBe(
      true,
    );
  });
});

describe('itemView and playingCheck', () => {
  it('reveals nothing before the first step and everything at the end', () => {
    const scenario = load('V030.json');
    const result = evaluateScenario(scenario).results[0]!;
    const map = buildMap(result, scenario);
    const items = mapItems(map.model);
    expect(items.every((i) => !itemView(map, i, 0).complete)).toBe(true);
    const end = result.trace.length;
    expect(items.every((i) => itemView(map, i, end).complete)).toBe(true);
    expect(items.some((i) => itemView(map, i, end).current)).toBe(false);
  });

  it('says a skipped gate does not apply as soon as playback passes what came after it', () => {
    const scenario = load('V020.json');
    const result = evaluateScenario(scenario).results[0]!;
    const map = buildMap(result, scenario);
    const kp = result.trace.findIndex((s) => s.rule === 'keyPolicy');
    const gates = map.model.checks[0]!.gates.filter((g) => g.status === 'notApplicable');
    expect(gates.length).toBeGreaterThan(0);
    for (const g of gates) {
      expect(itemView(map, g, kp).complete).toBe(false);
      expect(itemView(map, g, kp + 1).complete).toBe(true);
    }
  });

  it('follows playback from the first check into the second (ReEncrypt)', () => {
    const scenario = load('V030.json');
    const result = evaluateScenario(scenario).results[0]!;
    const map = buildMap(result, scenario);
    expect(map.model.checks).toHaveLength(2);
    const second = map.model.checks[1]!;
    expect(playingCheck(map, map.model.checks[0]!.stepIndex + 2)).toBe(0);
    expect(playingCheck(map, second.stepIndex + 2)).toBe(1);
    expect(playingCheck(map, result.trace.length)).toBeNull();
  });

  it('marks one node current while its steps play', () => {
    const scenario = examples.find((e) => e.id === 'grant-encryption-context')!.scenario;
    const result = evaluateScenario(scenario).results[0]!;
    const map = buildMap(result, scenario);
    for (let p = 1; p < result.trace.length; p++) {
      const current = mapItems(map.model).filter((i) => itemView(map, i, p).current);
      expect(current.length).toBeLessThanOrEqual(1);
    }
  });
});

describe('mapChanges', () => {
  it('marks the routes and decision that changed after an edit, nothing for another request', () => {
    const before = load('V003.json');
    const after = structuredClone(before);
    const key = after.keys[0]!;
    key.policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:user/Alice' },
          Action: 'kms:Decrypt',
          Resource: '*',
        },
      ],
    };
    const r0 = evaluateScenario(before).results[0]!;
    const r1 = evaluateScenario(after).results[0]!;
    expect(r0.decision).not.toBe(r1.decision);
    const changes = mapChanges(
      { result: r0, model: buildMap(r0, before).model },
      { result: r1, model: buildMap(r1, after).model },
    );
    expect(changes.items['decision']).toBe('changed');
    expect(changes.items['check0/route/keyPolicy']).toBe('changed');
    // The statement that now matches is marked on its row.
    const rows = buildMap(r1, after).rowsOf('check0/route/keyPolicy');
    expect(rows.some((r) => r.stepIds.some((id) => changes.steps[id]))).toBe(true);
    const other = { ...r1, request: 'someone-else' };
    expect(
      mapChanges(
        { result: r0, model: buildMap(r0).model },
        { result: other, model: buildMap(other).model },
      ),
    ).toEqual({ items: {}, steps: {} });
  });
});
