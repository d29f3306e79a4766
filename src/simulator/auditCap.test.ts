/** The audit trail kept in scenario files and share links is bounded (newest events kept). */
import { describe, expect, it } from 'vitest';
import { decodeScenarioText, encodeScenarioText, MAX_SCENARIO_BYTES } from '../scenario';
import type { SimulatorField } from '../scenario/types';
import { exportRecords } from './audit';
import { AUDIT_MAX_BYTES, AUDIT_MAX_EVENTS, capAudit } from './auditCap';
import { viaPort } from './testing/crypto';
import { splitState } from './create';
import { ALICE, KEY_ARN, fixture } from './testing';
import type { SimulatorState } from './types';

/** Calls go through the one operation layer with a real crypto port, as the app makes them. */
const { call } = viaPort();

async function calls(n: number, s: SimulatorState = fixture()): Promise<SimulatorState> {
  for (let i = 0; i < n; i++) s = (await call(s, ALICE, 'DescribeKey', { KeyId: KEY_ARN })).state;
  return s;
}

/** The scenario file text of a state, as the store writes it. */
function fileText(s: SimulatorState): string {
  const { scenario, simulator } = splitState(capAudit(s));
  return encodeScenarioText({ ...scenario, simulator: simulator as unknown as SimulatorField });
}

describe('the audit trail cap', () => {
  it('keeps the newest events and counts the dropped ones; ids stay unique after the cut', async () => {
    const s = capAudit(await calls(AUDIT_MAX_EVENTS + 20));
    expect(s.audit).toHaveLength(AUDIT_MAX_EVENTS);
    expect(s.counters.auditDropped).toBe(20);
    const more = capAudit(await calls(5, s));
    expect(more.counters.auditDropped).toBe(25);
    const ids = new Set([...s.audit, ...more.audit].map((e) => e.eventID));
    expect(ids.size).toBe(AUDIT_MAX_EVENTS + 5);
    expect(capAudit(await calls(3))).toMatchObject({ counters: { keys: 0 } });
    expect(capAudit(await calls(3)).counters.auditDropped).toBeUndefined();
  });

  it('keeps the scenario under its 1 MB limit even when every event carries a large policy', async () => {
    let s = fixture();
    const big = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'x'.repeat(20_000),
          Effect: 'Allow',
          Principal: { AWS: ALICE },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    });
    for (let i = 0; i < 80; i++)
      s = (
        await call(s, ALICE, 'PutKeyPolicy', {
          KeyId: KEY_ARN,
          Policy: big,
          PolicyName: 'default',
        })
      ).state;
    const capped = capAudit(s);
    expect(JSON.stringify(capped.audit).length).toBeLessThanOrEqual(AUDIT_MAX_BYTES);
    expect(capped.counters.auditDropped).toBeGreaterThan(0);
    const text = fileText(s);
    expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_SCENARIO_BYTES);
    const decoded = decodeScenarioText(text);
    expect(decoded.ok && decoded.scenario.simulator?.counters.auditDropped).toBe(
      capped.counters.auditDropped,
    );
  });

  it('says in the export how many events were dropped', async () => {
    expect(exportRecords([], 3)).toEqual({
      Records: [],
      playgroundNote: expect.stringContaining('3 older events were dropped'),
    });
    expect(exportRecords([])).toEqual({ Records: [] });
  });
});
