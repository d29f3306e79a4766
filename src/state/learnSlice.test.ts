import { describe, expect, it } from 'vitest';
import { STORAGE_KEY, createMemoryStorage, parseWorkspace } from './persistence';
import {
  PROGRESS_KEY,
  PROGRESS_LIMITS,
  lessonScore,
  parseProgress,
  serializeProgress,
} from './learnProgress';
import { lessonHash, parseLessonHash } from './learnRouting';
import { fakeLocation, firstExample, richScenario, testStore, throwingStorage } from './testing';

describe('course progress', () => {
  it('records steps, predictions and checkpoint answers and keeps them across a reload', () => {
    const { store, storage } = testStore();
    const s = store.getState();
    s.markStepDone('l1', 'a');
    s.markStepDone('l1', 'b');
    s.markStepDone('l1', 'a'); // once only
    s.recordPrediction('l1', 'b', false);
    s.recordPrediction('l1', 'b', true); // the first prediction is the one scored
    s.answerCheckpoint('l1', 'q1', true);
    s.answerCheckpoint('l1', 'q2', false);
    s.answerCheckpoint('l1', 'q2', true); // a retry after a wrong answer earns no credit
    const saved = parseProgress(storage.getItem(PROGRESS_KEY));
    expect(saved.lessons.l1).toEqual({
      done: ['a', 'b'],
      predictions: { b: false },
      checkpoints: { q1: true, q2: false },
      last: null,
    });
    const again = testStore({ storage }).store.getState();
    expect(lessonScore(again.learnProgress.lessons.l1)).toEqual({
      done: 2,
      predictionsRight: 0,
      predictionsMade: 1,
      checkpointsRight: 1,
      checkpointsAnswered: 2,
    });
  });

  it('resets one lesson or everything, quiz score included', () => {
    const { store } = testStore();
    const s = store.getState();
    s.markStepDone('l1', 'a');
    s.markStepDone('l2', 'a');
    s.resetProgress('l1');
    expect(Object.keys(store.getState().learnProgress.lessons)).toEqual(['l2']);
    s.resetProgress();
    expect(store.getState().learnProgress).toEqual({ lessons: {}, quiz: { right: 0, wrong: 0 } });
  });

  it('reads corrupt, foreign-version or oversized progress without failing', () => {
    expect(parseProgress('{not json')).toEqual({ lessons: {}, quiz: { right: 0, wrong: 0 } });
    expect(parseProgress(JSON.stringify({ version: 2, lessons: { a: {} } })).lessons).toEqual({});
    const messy = parseProgress(
      JSON.stringify({
        version: 1,
        lessons: {
          ok: { done: ['a', 7, 'a', ''], predictions: { a: 'yes', b: true }, last: 3 },
          bad: 'nope',
          ['x'.repeat(PROGRESS_LIMITS.idLength + 1)]: { done: [] },
        },
        quiz: { right: -1, wrong: 2.5 },
      }),
    );
    expect(messy).toEqual({
      lessons: { ok: { done: ['a'], predictions: { b: true }, checkpoints: {}, last: null } },
      quiz: { right: 0, wrong: 0 },
    });
    const many = Object.fromEntries(
      Array.from({ length: PROGRESS_LIMITS.lessons + 20 }, (_, i) => [`l${i}`, { done: ['a'] }]),
    );
    const big = parseProgress(
      serializeProgress({ lessons: many as never, quiz: { right: 1, wrong: 0 } }),
    );
    expect(Object.keys(big.lessons)).toHaveLength(PROGRESS_LIMITS.lessons);
  });

  it('stops adding lessons at the bound but still updates known ones', () => {
    const { store } = testStore();
    for (let i = 0; i < PROGRESS_LIMITS.lessons + 5; i++)
      store.getState().markStepDone(`l${i}`, 'a');
    expect(Object.keys(store.getState().learnProgress.lessons)).toHaveLength(
      PROGRESS_LIMITS.lessons,
    );
    store.getState().markStepDone('l0', 'b');
    expect(store.getState().learnProgress.lessons.l0?.done).toEqual(['a', 'b']);
  });

  it('keeps progress in memory with one warning when storage throws', () => {
    const { store } = testStore({ storage: throwingStorage() });
    store.getState().markStepDone('l1', 'a');
    store.getState().markStepDone('l1', 'b');
    expect(store.getState().learnProgress.lessons.l1?.done).toEqual(['a', 'b']);
    const warnings = store
      .getState()
      .notices.filter((n) => n.place === 'storage' && n.message.includes('course progress'));
    expect(warnings).toHaveLength(1);
  });

  it('starts empty when stored progress is corrupt', () => {
    const storage = createMemoryStorage({ [PROGRESS_KEY]: '\u0000garbage' });
    expect(testStore({ storage }).store.getState().learnProgress.lessons).toEqual({});
  });
});

describe('lesson links', () => {
  it('round-trips #lesson=<id>/<step> and rejects other fragments', () => {
    expect(parseLessonHash('#lesson=key-policy-basics/root-has-no-access')).toEqual({
      lesson: 'key-policy-basics',
      step: 'root-has-no-access',
    });
    expect(parseLessonHash('#lesson=a')).toEqual({ lesson: 'a', step: null });
    expect(parseLessonHash('#s=1.abc')).toBeNull();
    expect(parseLessonHash('#lesson=%E0%A4%A')).toBeNull();
    const route = { lesson: 'a b', step: 'c/d' };
    expect(parseLessonHash(`#${lessonHash(route)}`)).toEqual(route);
  });

  it('opens the course at the linked step on arrival and keeps the URL in step', () => {
    const location = fakeLocation('https://play.example/app#lesson=l1/s2');
    const { store } = testStore({ location });
    expect(store.getState().view).toBe('learn');
    expect(store.getState().lessonRoute).toEqual({ lesson: 'l1', step: 's2' });
    expect(store.getState().learnProgress.lessons.l1?.last).toBe('s2');
    store.getState().openLesson({ lesson: 'l1', step: 's3' });
    expect(location.hash()).toBe('#lesson=l1/s3');
    store.getState().setView('playground');
    expect(location.hash()).toBe('');
    store.getState().setView('learn');
    expect(location.hash()).toBe('#lesson=l1/s3');
  });
});

describe('predict the decision', () => {
  it('hides the result until answered, rewinds playback and scores the answer', () => {
    const { store, storage } = testStore({ scenario: richScenario() });
    store.getState().finish();
    store.getState().startQuiz({ hint: 'Look at the key policy', otherError: 'DisabledException' });
    expect(store.getState().quiz).toMatchObject({
      request: 0,
      answer: null,
      hint: 'Look at the key policy',
      otherError: 'DisabledException',
    });
    expect(store.getState().position).toBe(0);
    const answer = { outcome: 'ImplicitDeny', statement: null } as const;
    store.getState().answerQuiz(answer, true);
    store.getState().answerQuiz(answer, false); // one answer per question
    expect(store.getState().quiz?.answer).toEqual({ ...answer, correct: true });
    expect(parseProgress(storage.getItem(PROGRESS_KEY)).quiz).toEqual({ right: 1, wrong: 0 });
    store.getState().endQuiz();
    store.getState().startQuiz();
    store.getState().answerQuiz({ ...answer, outcome: 'Allowed' }, false);
    expect(store.getState().learnProgress.quiz).toEqual({ right: 1, wrong: 1 });
  });
});

describe('lesson sandbox', () => {
  const FROM = { lesson: 'l', step: 's', title: 't' };
  /** A workspace (`mine`) with the first example opened from a lesson step over it. */
  function inSandbox() {
    const { store } = testStore({ scenario: richScenario() });
    const mine = store.getState().scenario;
    store.getState().openInPlayground(firstExample(), 0, FROM);
    return { store, mine };
  }

  it('opens a lesson scenario in the playground and restores the workspace exactly', () => {
    const { store, timers, storage } = testStore({ scenario: richScenario() });
    store.getState().updateScenario((s) => ({ ...s, title: 'My own work' }));
    store.getState().setDocumentText('grant:g1', '{ "grantId": ');
    store.getState().selectRequest(1);
    const before = store.getState();
    store.getState().setView('learn');
    store.getState().openInPlayground(firstExample(), 0, { lesson: 'l1', step: 's1', title: 'x' });
    let s = store.getState();
    expect(s.view).toBe('playground');
    expect(s.scenario).toBe(firstExample());
    expect(s.past).toEqual([]);
    expect(s.drafts).toEqual({});
    // The autosave writes the user's own work, not the lesson's scenario.
    s.updateScenario((x) => ({ ...x, title: 'Experiment' }));
    timers.runAll();
    const saved = parseWorkspace(storage.getItem(STORAGE_KEY)!, firstExample()).workspace;
    expect(saved?.scenario.title).toBe('My own work');
    expect(saved?.drafts['grant:g1']?.text).toBe('{ "grantId": ');

    s.leaveSandbox();
    s = store.getState();
    expect(s.sandbox).toBeNull();
    expect(s.scenario).toBe(before.scenario);
    expect(s.drafts).toBe(before.drafts);
    expect(s.past).toBe(before.past);
    expect(s.selectedRequest).toBe(1);
    expect(s.dirty).toBe(true);
  });

  it('opening a second step keeps the original workspace aside, not the first step', () => {
    const { store, mine } = inSandbox();
    store.getState().openInPlayground(richScenario(), 0, { ...FROM, step: 's2' });
    expect(store.getState().sandbox?.step).toBe('s2');
    store.getState().leaveSandbox();
    expect(store.getState().scenario).toBe(mine);
  });

  it('can keep the experiment as the workspace, with the old one an undo away', () => {
    const { store, mine } = inSandbox();
    store.getState().leaveSandbox(true);
    expect(store.getState().scenario).toBe(firstExample());
    store.getState().undo();
    expect(store.getState().scenario).toBe(mine);
  });

  it('closes the sandbox when the user leaves the playground', () => {
    const { store, mine } = inSandbox();
    store.getState().setView('learn');
    expect(store.getState().sandbox).toBeNull();
    expect(store.getState().scenario).toBe(mine);
  });
});
