import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHECK_RULES,
  DOCUMENT_RULES,
  ELEMENT_RULES,
  evaluateScenario,
  PHASE_RULES,
  STATEMENT_RULES,
} from '../engine';
import type { StepOutcome, TraceStep } from '../engine/types';
import { decodeScenarioText, examples } from '../scenario';
import { documentName } from './format';
import { describePhase, PHASE_NAMES } from './phases';
import { CHECK_LABEL, describeRow, elementReason } from './rowText';
import { GATE_RULES, STATUS_WORDS } from './routes';

const step = (kind: TraceStep['kind'], rule: string, outcome: StepOutcome): TraceStep => ({
  id: `x/${rule}`,
  parentId: 'x',
  kind,
  rule,
  outcome,
  detail: {},
});

describe('every rule the engine records has its words', () => {
  it('phases: a title and, for each verdict, a summary', () => {
    for (const rule of PHASE_RULES) {
      expect(PHASE_NAMES[rule], rule).toBeDefined();
      for (const outcome of ['pass', 'implicitDeny', 'allow', 'noMatch'] as const) {
        const text = describePhase(step('phase', rule, outcome), []);
        expect(text.title, rule).toBe(PHASE_NAMES[rule][1]);
        if (rule !== 'authorizationCheck') expect(text.summary, `${rule} ${outcome}`).not.toBe('');
      }
    }
  });

  it('checks: a label of their own, never the generic fallback', () => {
    for (const rule of CHECK_RULES) {
      expect(CHECK_LABEL[rule], rule).toBeTruthy();
      const row = describeRow(step('check', rule, 'fail'), rule, []);
      expect(row.label, rule).not.toBe('');
      expect(row.status).toBe('fail');
    }
  });

  it('statements, elements and documents', () => {
    for (const rule of STATEMENT_RULES)
      expect(describeRow(step('statement', rule, 'match'), 's0', []).label).toContain(rule);
    for (const rule of ELEMENT_RULES)
      expect(elementReason(step('element', rule, 'noMatch')), rule).not.toMatch(
        /does not match \{/,
      );
    for (const rule of DOCUMENT_RULES)
      expect(documentName(`${rule}:x#p`), rule).not.toBe(`${rule}:x#p`);
  });

  it('the map: every gate is a phase with words, every status has words', () => {
    for (const rule of GATE_RULES) expect(PHASE_RULES).toContain(rule);
    for (const words of Object.values(STATUS_WORDS)) expect(words).not.toBe('');
  });

  it('every step of every conformance and example trace gets a row with a label', () => {
    const dir = join(__dirname, '../scenario/fixtures/conformance');
    const scenarios = [
      ...examples.map((e) => e.scenario),
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => {
          const d = decodeScenarioText(readFileSync(join(dir, f), 'utf8'));
          return d.ok ? [d.scenario] : [];
        }),
    ];
    let steps = 0;
    for (const s of scenarios)
      for (const r of evaluateScenario(s).results)
        for (const t of r.trace) {
          steps++;
          const text = describeRow(t, t.id, []);
          expect(text.label, `${t.kind} ${t.rule}`).not.toBe('');
          expect(text.label, `${t.kind} ${t.rule}`).not.toMatch(/undefined/);
        }
    expect(steps).toBeGreaterThan(1000);
  });
});
