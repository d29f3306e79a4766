/** `sleep` moves the simulated clock from the console (issue 4: a clock the user can advance). */
import { describe, expect, it } from 'vitest';
import { ALICE, BOB, KEY_ARN, fixture } from '../testing';
import { viaPort } from '../testing/crypto';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { run: runLine } = viaPort();

describe('console sleep', () => {
  it('a new grant works without its token only after the clock passes propagation (grants, S7)', async () => {
    let s = fixture();
    const run = async (line: string) => {
      const r = await runLine(s, line, { 'm.txt': 'hi' });
      s = r.state;
      return r;
    };
    await run(
      `aws kms create-grant --key-id ${KEY_ARN} --grantee-principal ${BOB} --operations Encrypt`,
    );
    const early = await run(
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext fileb://m.txt --profile bob`,
    );
    expect(early.output).toMatch(/AccessDeniedException/);
    const slept = await run('sleep 5m');
    expect(slept).toMatchObject({
      isError: false,
      output: 'Simulated clock: 2026-03-01T15:05:00Z',
    });
    const later = await run(
      `aws kms encrypt --key-id ${KEY_ARN} --plaintext fileb://m.txt --profile bob`,
    );
    expect(later.isError).toBe(false);
    // sleep is not an AWS call: the audit trail holds the three calls only.
    expect(s.audit.map((e) => [e.eventName, e.userIdentity.arn, e.errorCode ?? null])).toEqual([
      ['CreateGrant', ALICE, null],
      ['Encrypt', BOB, 'AccessDeniedException'],
      ['Encrypt', BOB, null],
    ]);
  });

  it('takes s, m, h and d; refuses other durations and more than 400 days, changing nothing', async () => {
    const s = fixture();
    expect((await runLine(s, 'sleep 2h')).state.clock).toBe('2026-03-01T17:00:00Z');
    expect((await runLine(s, 'sleep 7d')).state.clock).toBe('2026-03-08T15:00:00Z');
    expect((await runLine(s, 'sleep 90')).state.clock).toBe('2026-03-01T15:01:30Z');
    for (const bad of ['sleep', 'sleep -5', 'sleep 1y', 'sleep 401d', 'sleep 1.5h']) {
      const r = await runLine(s, bad);
      expect(r).toMatchObject({ isError: true, state: s });
      expect(r.output).toMatch(/^sleep: give a duration/);
    }
  });
});
