/**
 * The console with real cryptography in the store (Node's WebCrypto, no mocks), pending lines
 * and history across reloads (simulatorUiCalls.test.ts: pinned decisions and UI calls).
 */
import { describe, expect, it } from 'vitest';
import { KEY_ARN } from '../simulator/testing';
import { createMemoryStorage } from './persistence';
import { CONSOLE_STORAGE_KEY, SAVED_ENTRIES } from './simulatorHistory';
import { CONSOLE_HISTORY_LIMIT } from './simulatorSlice';
import { auditTrail, runLine, simulatorStore, throwingStorage } from './testing';

describe('console calls with real cryptography', () => {
  it('encrypts, then decrypts the returned blob back to the plaintext', async () => {
    const s = simulatorStore();
    const enc = await runLine(
      s,
      `aws kms encrypt --key-id alias/app --plaintext aGVsbG8= --encryption-context app=demo`,
    );
    expect(enc.isError).toBe(false);
    const blob = (JSON.parse(enc.output) as { CiphertextBlob: string }).CiphertextBlob;
    const dec = await runLine(
      s,
      `aws kms decrypt --ciphertext-blob ${blob} --encryption-context app=demo`,
    );
    expect(JSON.parse(dec.output)).toEqual({
      KeyId: KEY_ARN,
      Plaintext: 'aGVsbG8=',
      EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    });
    const wrong = await runLine(
      s,
      `aws kms decrypt --ciphertext-blob ${blob} --encryption-context app=other`,
    );
    expect(wrong.output).toMatch(
      /^An error occurred \(InvalidCiphertextException\) when calling the Decrypt operation: /,
    );
    expect(auditTrail(s).map((e) => e['errorCode'] ?? null)).toEqual([
      null,
      null,
      'InvalidCiphertextException',
    ]);
  });

  it('shows a line as pending until its call finishes, and runs lines in order', async () => {
    const s = simulatorStore();
    const first = s
      .getState()
      .runConsoleCommand(`aws kms encrypt --key-id ${KEY_ARN} --plaintext aGk=`);
    const second = s.getState().runConsoleCommand(`aws kms list-keys`);
    expect(s.getState().consoleHistory.map((e) => e.pending)).toEqual([true, true]);
    await Promise.all([first, second]);
    expect(s.getState().consoleHistory.map((e) => e.pending)).toEqual([false, false]);
    expect(auditTrail(s).map((e) => e['eventName'])).toEqual(['Encrypt', 'ListKeys']);
  });

  it('keeps an edit made while a call runs, and still audits the call', async () => {
    const s = simulatorStore();
    const pending = s
      .getState()
      .runConsoleCommand(`aws kms encrypt --key-id ${KEY_ARN} --plaintext aGk=`);
    s.getState().updateScenario((x) => ({ ...x, title: 'Edited meanwhile' }));
    await pending;
    expect(s.getState().scenario.title).toBe('Edited meanwhile');
    expect(auditTrail(s).map((e) => e['eventName'])).toEqual(['Encrypt']);
  });
});

describe('console history across reloads', () => {
  it('restores lines and outputs in a new store on the same storage; ↑ recall reads them', async () => {
    const storage = createMemoryStorage();
    const s = simulatorStore(storage);
    await runLine(s, 'help create-grant');
    await runLine(s, `aws kms describe-key --key-id ${KEY_ARN} --profile Bob`);
    const again = simulatorStore(storage).getState().consoleHistory;
    expect(again.map((e) => e.line)).toEqual([
      'help create-grant',
      `aws kms describe-key --key-id ${KEY_ARN} --profile Bob`,
    ]);
    expect(again[1]).toMatchObject({ isError: true, restored: true });
    // The call keeps its recorded decision, so the entry stays clickable after a reload.
    const before = s.getState().consoleHistory[1]!;
    expect(again[1]?.evaluation?.outcome).toBe(before.evaluation?.outcome);
    expect(again[1]?.evaluation?.trace).toEqual(before.evaluation?.trace);
    expect(again[1]?.call).toEqual(before.call);
    expect(again[0]?.evaluation).toBeUndefined();
  });

  it('does not write plaintext or data keys to storage', async () => {
    const storage = createMemoryStorage();
    const s = simulatorStore(storage);
    const g = await runLine(s, `aws kms generate-data-key --key-id ${KEY_ARN} --key-spec AES_256`);
    const key = (JSON.parse(g.output) as { Plaintext: string }).Plaintext;
    const secret = btoa('a secret message');
    await runLine(s, `aws kms encrypt --key-id ${KEY_ARN} --plaintext ${secret}`);
    expect(storage.data.get(CONSOLE_STORAGE_KEY)).not.toContain(key);
    // The typed line keeps what was typed; the recorded decision's request does not repeat it.
    expect(storage.data.get(CONSOLE_STORAGE_KEY)!.split(secret)).toHaveLength(2);
    expect(storage.data.get(CONSOLE_STORAGE_KEY)).toContain('"Plaintext":"(not saved)"');
    const again = simulatorStore(storage).getState().consoleHistory[0];
    expect(again?.output).toContain('"Plaintext": "(not saved)"');
    expect(again?.output).toContain('"CiphertextBlob": "');
  });

  it('keeps only the newest entries and ignores corrupt or blocked storage', async () => {
    const lines = Array.from({ length: SAVED_ENTRIES + 5 }, (_, i) => ({
      line: `help ${i}`,
      output: '',
      isError: false,
    }));
    const storage = createMemoryStorage({ [CONSOLE_STORAGE_KEY]: JSON.stringify(lines) });
    const restored = simulatorStore(storage).getState().consoleHistory;
    expect(restored).toHaveLength(SAVED_ENTRIES);
    expect(restored.at(-1)?.line).toBe(`help ${SAVED_ENTRIES + 4}`);
    expect(
      simulatorStore(createMemoryStorage({ [CONSOLE_STORAGE_KEY]: '{not json' })).getState()
        .consoleHistory,
    ).toEqual([]);
    const blocked = simulatorStore(throwingStorage());
    expect((await runLine(blocked, 'help')).output).toContain('AVAILABLE COMMANDS');
  });

  it('counts the entries dropped past the console limit, for its notice; clearing resets it', async () => {
    const s = simulatorStore();
    for (let i = 0; i < CONSOLE_HISTORY_LIMIT + 3; i++)
      await s.getState().runConsoleCommand(`help list-keys`);
    expect(s.getState().consoleHistory).toHaveLength(CONSOLE_HISTORY_LIMIT);
    expect(s.getState().consoleDropped).toBe(3);
    s.getState().clearConsole();
    expect(s.getState().consoleDropped).toBe(0);
    expect(s.getState().consoleHistory).toEqual([]);
  });

  it('writes the history once when a batch of lines finishes, with every line in it', async () => {
    const storage = createMemoryStorage();
    let writes = 0;
    const counting = {
      getItem: (k: string) => storage.getItem(k),
      setItem: (k: string, v: string) => {
        if (k === CONSOLE_STORAGE_KEY) writes++;
        storage.setItem(k, v);
      },
    };
    const s = simulatorStore(counting);
    const runs = ['help', 'help encrypt', `aws kms describe-key --key-id ${KEY_ARN}`].map((l) =>
      s.getState().runConsoleCommand(l),
    );
    await Promise.all(runs);
    expect(writes).toBe(1);
    const saved = JSON.parse(storage.data.get(CONSOLE_STORAGE_KEY)!) as { line: string }[];
    expect(saved.map((e) => e.line)).toEqual([
      'help',
      'help encrypt',
      `aws kms describe-key --key-id ${KEY_ARN}`,
    ]);
    await runLine(s, 'help');
    expect(writes).toBe(2);
  });

  it('saves the same text whether an entry is serialised for the first time or again', async () => {
    const storage = createMemoryStorage();
    const s = simulatorStore(storage);
    await runLine(s, `aws kms describe-key --key-id ${KEY_ARN}`);
    await runLine(s, 'help');
    const first = storage.data.get(CONSOLE_STORAGE_KEY);
    const restored = simulatorStore(storage).getState().consoleHistory;
    expect(restored.map((e) => e.line)).toEqual([
      `aws kms describe-key --key-id ${KEY_ARN}`,
      'help',
    ]);
    expect(restored[0]?.evaluation?.outcome).toBe('Allowed');
    expect(JSON.parse(first!)).toEqual(
      JSON.parse(JSON.stringify(s.getState().consoleHistory.map(saved))),
    );
  });
});

/** An entry as the history saves it (no id; the decision of a call). */
function saved(e: ReturnType<ReturnType<typeof simulatorStore>['getState']>['consoleHistory'][0]) {
  return {
    line: e.line,
    output: e.output,
    isError: e.isError,
    ...(e.evaluation
      ? { decision: { evaluation: e.evaluation, request: e.request, call: e.call } }
      : {}),
  };
}
