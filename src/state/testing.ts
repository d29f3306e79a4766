/**
 * Test support for the state tests: fakes for the clock, timers, location, clipboard and
 * storage, a store wired to them, and a scenario holding one document of every kind.
 */
import { decodeScenarioValue, examples, type Request, type Scenario } from '../scenario';
import { fixture } from '../simulator/testing';
import { createMemoryStorage, type StorageLike, type Timers } from './persistence';
import type { ClipboardAdapter, LocationAdapter } from './runtime';
import { createAppStore, type AppStore, type AppStoreOptions } from './store';

/** A clock that moves only when told. */
export function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

/** Timers that run only when told. */
export function fakeTimers(): Timers & { pending(): number; runAll(): void } {
  const queue = new Map<number, () => void>();
  let next = 0;
  return {
    setTimeout: (fn) => (queue.set(++next, fn), next),
    clearTimeout: (h) => void queue.delete(h as number),
    pending: () => queue.size,
    runAll() {
      const fns = [...queue.values()];
      queue.clear();
      fns.forEach((fn) => fn());
    },
  };
}

/** A page URL that records `replaceHash` calls. */
export function fakeLocation(href = 'https://play.example/app') {
  let url = href;
  const location: LocationAdapter & { hash(): string } = {
    href: () => url,
    hash: () => (url.includes('#') ? url.slice(url.indexOf('#')) : ''),
    replaceHash(fragment) {
      const base = url.includes('#') ? url.slice(0, url.indexOf('#')) : url;
      url = fragment === null ? base : `${base}#${fragment}`;
    },
  };
  return location;
}

/** A clipboard that remembers what was written (or fails when told to). */
export function fakeClipboard(fail = false): ClipboardAdapter & { text: string | null } {
  const clip = {
    text: null as string | null,
    writeText: async (text: string) => {
      if (fail) throw new Error('denied');
      clip.text = text;
    },
  };
  return clip;
}

/** Storage whose every call throws, like a blocked or full localStorage. */
export function throwingStorage(): StorageLike {
  return {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
}

/** A store wired to fakes; `clock`, `timers`, `location` and `storage` are returned too. */
export function testStore(options: AppStoreOptions = {}) {
  const clock = fakeClock();
  const timers = fakeTimers();
  const location = fakeLocation();
  const storage = createMemoryStorage();
  const store: AppStore = createAppStore({
    storage,
    location,
    clipboard: null,
    clock: clock.now,
    timers,
    ...options,
  });
  return { store, clock, timers, location, storage };
}

/** The first built-in example (default key policy, Dana and Eli). */
export const firstExample = (): Scenario => examples[0]!.scenario;

const ALLOW_ALL = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

/** A scenario with a document of every kind. */
export function richScenario(): Scenario {
  const key = 'arn:aws:kms:eu-west-1:111122223333:key/1111aaaa-2222-3333-4444-555566667777';
  const result = decodeScenarioValue({
    format: 'kms-playground/scenario',
    version: 1,
    title: 'Everything',
    organization: {
      units: [{ id: 'ou-prod', parent: 'r-root' }],
      policies: [
        { id: 'p-scp', type: 'SCP', name: 'Guard', targets: ['r-root'], document: ALLOW_ALL },
        { id: 'p-rcp', type: 'RCP', targets: ['ou-prod'], document: ALLOW_ALL },
      ],
    },
    accounts: [{ id: '111122223333', parent: 'ou-prod' }],
    principals: [
      {
        arn: 'arn:aws:iam::111122223333:user/Ann',
        policies: [{ name: 'UseKeys', document: ALLOW_ALL }],
        groups: ['arn:aws:iam::111122223333:group/Devs'],
        permissionsBoundary: ALLOW_ALL,
      },
    ],
    groups: [
      {
        arn: 'arn:aws:iam::111122223333:group/Devs',
        policies: [{ name: 'DevKms', document: ALLOW_ALL }],
      },
    ],
    keys: [{ arn: key, aliases: ['alias/app'], policy: ALLOW_ALL }],
    grants: [
      {
        grantId: 'g1',
        key,
        granteePrincipal: 'arn:aws:iam::111122223333:user/Ann',
        operations: ['Decrypt'],
      },
    ],
    vpcEndpoints: [{ id: 'vpce-1', policy: ALLOW_ALL }, { id: 'vpce-2' }],
    requests: [
      {
        id: 'r1',
        principal: 'arn:aws:iam::111122223333:user/Ann',
        action: 'kms:Decrypt',
        key,
        sessionPolicy: ALLOW_ALL,
      },
      {
        principal: 'arn:aws:iam::111122223333:user/Ann',
        action: 'kms:PutKeyPolicy',
        key,
        parameters: { Policy: ALLOW_ALL },
      },
    ],
  });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.scenario;
}

/** A store over the simulator's test account (src/simulator/testing.ts); console calls really run. */
export const simulatorStore = (storage: StorageLike = createMemoryStorage()) =>
  testStore({ scenario: fixture().scenario, storage }).store;

/** Runs one console line to its end and returns its history entry. */
export async function runLine(s: AppStore, line: string) {
  await s.getState().runConsoleCommand(line);
  return s.getState().consoleHistory.at(-1)!;
}

/** The simulator's audit trail (CloudTrail-shaped events) in the store. */
export const auditTrail = (s: AppStore) => s.getState().scenario.simulator?.audit ?? [];

/** Replaces the scenario's requests; each gets the request builder's defaults first. */
export function setRequests(
  s: AppStore,
  ...requests: (Pick<Request, 'principal' | 'action'> & Partial<Request>)[]
) {
  s.getState().updateScenario((x) => ({
    ...x,
    requests: requests.map((r) => ({
      grantTokens: [],
      context: {},
      deriveContext: true,
      parameters: {},
      ...r,
    })),
  }));
}
