import { describe, expect, it } from 'vitest';
import { decodeScenarioText, encodeScenarioText } from '../scenario';
import { BOB, KEY_ARN, fixture } from '../simulator/testing';
import { testStore } from './testing';

/** A store over the simulator's test account: Alice may do anything, Bob nothing. */
function store() {
  const { store } = testStore({ scenario: fixture().scenario });
  return store;
}

const last = (s: ReturnType<typeof store>) => s.getState().consoleHistory.at(-1);

describe('the console in the store', () => {
  it('runs the walkthrough: denied, grant, encrypt with its token, revoke, denied', async () => {
    const s = store();
    const run = async (line: string) => {
      await s.getState().runConsoleCommand(line);
      return last(s)!;
    };
    const denied = await run(`aws kms encrypt --key-id ${KEY_ARN} --plaintext aGk= --profile Bob`);
    expect(denied.isError).toBe(true);
    expect(denied.output).toMatch(/^An error occurred \(AccessDeniedException\)/);
    // A denied call changes nothing but the audit trail.
    expect(s.getState().scenario.grants).toEqual(fixture().scenario.grants);
    expect(s.getState().scenario.simulator?.audit).toHaveLength(1);

    const grant = JSON.parse(
      (
        await run(
          `aws kms create-grant --key-id ${KEY_ARN} --grantee-principal ${BOB} --operations Encrypt`,
        )
      ).output,
    ) as { GrantToken: string; GrantId: string };
    expect(s.getState().scenario.grants.map((g) => g.grantId)).toContain(grant.GrantId);
    const ok = await run(
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext aGk= --grant-tokens ${grant.GrantToken} --profile Bob`,
    );
    expect(ok.isError).toBe(false);
    await run(`aws kms revoke-grant --key-id ${KEY_ARN} --grant-id ${grant.GrantId}`);
    const again = await run(`aws kms encrypt --key-id ${KEY_ARN} --plaintext aGk= --profile Bob`);
    expect(again.isError).toBe(true);
    const audit = s.getState().scenario.simulator?.audit ?? [];
    expect(audit.map((e) => e['errorCode'] ?? null)).toEqual([
      'AccessDeniedException',
      null,
      null,
      null,
      'AccessDeniedException',
    ]);
    // The file (and so the share link) carries the audit trail.
    const decoded = decodeScenarioText(encodeScenarioText(s.getState().scenario));
    expect(decoded.ok && decoded.scenario.simulator?.audit).toEqual(audit);
  });

  it('makes each call one undo step', async () => {
    const s = store();
    await s.getState().runConsoleCommand(`aws kms describe-key --key-id ${KEY_ARN}`);
    expect(s.getState().scenario.simulator?.audit).toHaveLength(1);
    s.getState().undo();
    expect(s.getState().scenario.simulator).toBeUndefined();
  });

  it('answers help without touching the scenario', async () => {
    const s = store();
    const before = s.getState().scenario;
    await s.getState().runConsoleCommand('help create-grant');
    expect(last(s)?.output).toContain('--grantee-principal');
    await s.getState().runConsoleCommand('help');
    expect(last(s)?.output).toContain('o encrypt');
    expect(s.getState().scenario).toBe(before);
  });

  it('uses the selected caller without --profile', async () => {
    const s = store();
    s.getState().setConsoleProfile(BOB);
    await s.getState().runConsoleCommand(`aws kms describe-key --key-id ${KEY_ARN}`);
    expect(s.getState().scenario.simulator?.audit[0]?.['userIdentity']).toMatchObject({
      arn: BOB,
    });
  });

  it('advances the clock and replays a saved session step by step', async () => {
    const s = store();
    s.getState().advanceClock(86_400);
    expect(s.getState().scenario.simulator?.clock).toBe('2026-01-02T00:00:00Z');
    s.getState().startReplay(
      `# demo\naws kms describe-key --key-id ${KEY_ARN}\n\naws kms list-aliases\n`,
    );
    expect(s.getState().replay?.lines).toHaveLength(2);
    s.getState().replayStep();
    expect(s.getState().replay?.next).toBe(1);
    s.getState().replayStep();
    expect(s.getState().replay).toBeNull();
    // An empty line runs nothing and resolves when the lines before it have finished.
    await s.getState().runConsoleCommand('');
    expect(s.getState().consoleHistory.every((e) => !e.pending)).toBe(true);
    expect(s.getState().consoleHistory.map((e) => e.line)).toEqual([
      `aws kms describe-key --key-id ${KEY_ARN}`,
      'aws kms list-aliases',
    ]);
  });
});
