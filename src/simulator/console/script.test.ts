import { describe, expect, it } from 'vitest';
import { joinState, splitState } from '../create';
import { BOB, KEY_ARN, fixture } from '../testing';
import { viaPort } from '../testing/crypto';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { script: runScript } = viaPort();

describe('runScriptAsync', () => {
  it('replays a saved session step by step, skipping comments and blank lines', async () => {
    const script = [
      '# instructor demo',
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext aGk= --profile bob`,
      '',
      `aws kms create-grant --key-id ${KEY_ARN} --grantee-principal ${BOB} --operations Encrypt`,
      `aws kms list-grants --key-id ${KEY_ARN}`,
    ].join('\n');
    const { state, steps } = await runScript(fixture(), script);
    expect(steps.map((s) => s.isError)).toEqual([true, false, false]);
    expect(steps[0]?.line).toContain('--profile bob');
    expect(state.audit).toHaveLength(3);
    expect((await runScript(fixture(), script)).state).toEqual(state);
  });

  it('the state splits into the scenario and the proposed simulator field and back', async () => {
    const { state } = await runScript(fixture(), `aws kms create-key --description x`);
    const { scenario, simulator } = splitState(state);
    expect(simulator).not.toHaveProperty('scenario');
    expect(joinState(scenario, JSON.parse(JSON.stringify(simulator)))).toEqual(state);
  });
});
