import { describe, expect, it } from 'vitest';
import { encodeScenarioText, examples } from '../../scenario';
import { decodeInput, MAX_SCENARIO_BYTES, utf8Length } from './scenarioInput';

const example = examples[0]!.scenario;

describe('decodeInput', () => {
  it('decodes a scenario written by the encoder', () => {
    const outcome = decodeInput(encodeScenarioText(example));
    expect(outcome.ok && outcome.scenario.title).toBe(example.title);
  });

  it('calls malformed JSON malformed JSON, with the decoder saying where', () => {
    const outcome = decodeInput('{ "format": "kms-playground/scenario", ');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.title).toBe('This is not valid JSON.');
    expect(outcome.problem.detail).toContain('your text is unchanged');
    expect(outcome.problem.issues.length).toBeGreaterThan(0);
  });

  it('refuses text over 1 MB before decoding it', () => {
    const outcome = decodeInput(`"${'é'.repeat(MAX_SCENARIO_BYTES / 2)}"`);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problem.title).toBe('This scenario is 1.1 MB; scenarios are limited to 1 MB.');
  });

  it('asks for input when there is none', () => {
    const outcome = decodeInput('   ');
    expect(!outcome.ok && outcome.problem.title).toMatch(/nothing to evaluate/);
  });
});

describe('utf8Length', () => {
  it('counts UTF-8 bytes, not UTF-16 units', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
});
