import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEED } from './playbackSlice';
import { selectTraceLength } from './selectors';
import { testStore } from './testing';

const KEY = 'key:7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

describe('selection', () => {
  it('clamps the request index on select and when requests are removed', () => {
    const { store } = testStore();
    store.getState().selectRequest(99);
    expect(store.getState().selectedRequest).toBe(3);
    store.getState().selectRequest(-2);
    expect(store.getState().selectedRequest).toBe(0);
    store.getState().selectRequest(3);
    store.getState().updateScenario((s) => ({ ...s, requests: s.requests.slice(0, 2) }));
    expect(store.getState().selectedRequest).toBe(1);
    store.getState().updateScenario((s) => ({ ...s, requests: [] }));
    expect(store.getState().selectedRequest).toBe(0);
    expect(store.getState().evaluation.results).toEqual([]);
  });

  it('ignores unknown documents and falls back to the default when a document disappears', () => {
    const { store } = testStore();
    const identity = 'identity:arn:aws:iam::111122223333:user/Dana#UseReportsKey';
    store.getState().selectDocument('key:nope');
    expect(store.getState().selectedDocument).toBe(KEY);
    store.getState().selectDocument(identity);
    expect(store.getState().selectedDocument).toBe(identity);
    store.getState().updateScenario((s) => ({
      ...s,
      principals: s.principals.map((p) => ({ ...p, policies: [] })),
    }));
    expect(store.getState().selectedDocument).toBe(KEY);
  });

  it('selecting a step shows the document its statement is in', () => {
    const { store } = testStore();
    const step = store
      .getState()
      .evaluation.results[0]!.trace.find(
        (t) => t.kind === 'statement' && t.source?.document.startsWith('identity:'),
      )!;
    store.getState().selectStep(step.id);
    expect(store.getState().selectedStep).toBe(step.id);
    expect(store.getState().selectedDocument).toBe(step.source?.document);
    store.getState().selectStep('no-such-step');
    expect(store.getState().selectedStep).toBe(step.id);
    store.getState().selectStep(null);
    expect(store.getState().selectedStep).toBeNull();
  });
});

describe('playback', () => {
  it('steps within 0..trace length and stops playing at the end', () => {
    const { store } = testStore();
    const length = selectTraceLength(store.getState());
    expect(length).toBeGreaterThan(3);
    const s = () => store.getState();
    expect(s().speed).toBe(DEFAULT_SPEED);
    s().stepBack();
    expect(s().position).toBe(0);
    s().play();
    expect(s().playing).toBe(true);
    for (let i = 0; i < length - 1; i += 1) s().tick();
    expect(s()).toMatchObject({ position: length - 1, playing: true });
    s().tick();
    expect(s()).toMatchObject({ position: length, playing: false });
    s().tick();
    expect(s().position).toBe(length);
    s().stepForward();
    expect(s().position).toBe(length);
    s().play(); // at the end, play starts over
    expect(s()).toMatchObject({ position: 0, playing: true });
    s().stepForward();
    expect(s()).toMatchObject({ position: 1, playing: false });
    s().finish();
    expect(s().position).toBe(length);
    s().restart();
    expect(s().position).toBe(0);
    s().pause();
    s().tick();
    expect(s().position).toBe(0);
  });

  it('resets to 0 on a new evaluation and on another request; clamps speed', () => {
    const { store } = testStore();
    store.getState().finish();
    store.getState().updateScenario((x) => ({ ...x, title: 'changed' }));
    expect(store.getState()).toMatchObject({ position: 0, playing: false });
    store.getState().finish();
    store.getState().selectRequest(2);
    expect(store.getState().position).toBe(0);
    store.getState().setSpeed(1000);
    expect(store.getState().speed).toBe(60);
    store.getState().setSpeed(Number.NaN);
    expect(store.getState().speed).toBe(60);
    store.getState().setSpeed(0);
    expect(store.getState().speed).toBe(0.25);
  });
});
