import { useCallback, useEffect, useMemo, useRef } from 'react';
import { lessonScenarios, type Lesson } from '../../lessons';
import type { SimulatorState } from '../../simulator';
import { AppStoreProvider, useAppStore, useAppStoreApi, withSimulator } from '../../state';
import { playNextResult } from '../panels/diagram/usePlayback';
import { Checkpoints } from './Checkpoints';
import { ConsoleTranscript } from './ConsoleTranscript';
import { LessonNav } from './LessonNav';
import { MarkdownLite } from './MarkdownLite';
import { PredictHint, StepReveal } from './PredictHint';
import { CHECKPOINTS, takeReveal } from './route';
import { StepStage } from './StepStage';
import { useLessonStore } from './useLessonStore';

/**
 * One lesson, step by step: the text, the step's scenario in a store of its own (request,
 * policies, decision, diagram), predictions on `predict` steps, console transcripts, sources, and
 * the checkpoint questions at the end. The step is in the URL (`#lesson=<id>/<step>`).
 */
export function LessonPlayer({ lesson, stepId }: { lesson: Lesson; stepId: string | null }) {
  const app = useAppStoreApi();
  const openLesson = useAppStore((s) => s.openLesson);
  const scenarios = useMemo(() => lessonScenarios(lesson), [lesson]);
  const found = lesson.steps.findIndex((s) => s.id === stepId);
  const index = stepId === CHECKPOINTS ? lesson.steps.length : Math.max(0, found);
  const step = lesson.steps[index];
  const built = scenarios[index];
  const firstOk = scenarios.find((s) => s.ok);
  const store = useLessonStore(firstOk?.ok ? firstOk.scenario : undefined);

  // Show the step's scenario and request; a prediction step asks first, others play at once.
  useEffect(() => {
    if (!step || !built?.ok) return;
    const s = store.getState();
    playNextResult();
    s.loadScenario(built.scenario, 'example');
    const request = built.scenario.requests.findIndex((r) => r.id === step.request);
    s.selectRequest(Math.max(0, request));
    // A checkpoint's "Show me" has already asked the question: the step shows its answer.
    if (step.predict && !takeReveal())
      store.getState().startQuiz({ hint: step.hint, otherError: step.otherError, lesson: true });
    else app.getState().markStepDone(lesson.id, step.id);
  }, [store, app, lesson, step, built]);

  // A new step starts at the top of the page (the pager is at the bottom).
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.closest('.learn-view')?.scrollTo?.({ top: 0 });
  }, [index]);

  // A prediction counts once answered: the step is done, and the first answer is the one scored
  // (a wrong first answer: done, with no credit).
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        const answer = s.quiz?.answer;
        if (!answer || prev.quiz?.answer || !step) return;
        playNextResult();
        app.getState().recordPrediction(lesson.id, step.id, answer.correct);
        app.getState().markStepDone(lesson.id, step.id);
      }),
    [store, app, lesson, step],
  );

  // The account as this step's console lines left it: the playground opens on it, so its Console
  // and Audit tabs go on from the transcript (grants made, calls audited).
  const consoleState = useRef<{ index: number; state: SimulatorState } | null>(null);
  const onRan = useCallback((i: number, state: SimulatorState) => {
    consoleState.current = { index: i, state };
  }, []);

  const openInPlayground = () => {
    const s = store.getState();
    if (!step) return;
    const ran = consoleState.current?.index === index ? consoleState.current.state : null;
    const scenario = ran ? withSimulator(s.scenario, ran) : s.scenario;
    app.getState().openInPlayground(scenario, s.selectedRequest, {
      lesson: lesson.id,
      step: step.id,
      title: `Lesson ${lesson.number}, step ${index + 1}: ${step.title}`,
    });
  };

  return (
    <div ref={root} className="lesson-player" data-testid="lesson-player" data-lesson={lesson.id}>
      <LessonNav lesson={lesson} index={index} />
      {stepId !== null && stepId !== CHECKPOINTS && found < 0 && (
        <p className="notice notice-warning" role="status">
          This lesson has no step “{stepId}”; here is its first step.
        </p>
      )}
      {!step ? (
        <Checkpoints lesson={lesson} />
      ) : (
        <div className="lesson-grid" data-testid="lesson-step" data-step={step.id}>
          <article className="lesson-text" aria-labelledby="lesson-step-title">
            <h3 id="lesson-step-title" tabIndex={-1}>
              {step.title}
            </h3>
            <MarkdownLite text={step.text} />
            <AppStoreProvider store={store}>
              <PredictHint />
              {step.reveal && <StepReveal text={step.reveal} />}
              <ConsoleTranscript
                lesson={lesson}
                index={index}
                scenarios={scenarios}
                onRan={onRan}
              />
            </AppStoreProvider>
            {built?.ok && (
              <button type="button" onClick={openInPlayground} data-testid="open-in-playground">
                Experiment in the playground
              </button>
            )}
            <section className="lesson-sources" aria-labelledby="lesson-sources-heading">
              <h4 id="lesson-sources-heading">Sources</h4>
              <ul>
                {[
                  ...(step.sources ?? []),
                  ...lesson.sources.filter((l) => !step.sources?.some((s) => s.url === l.url)),
                ].map((src) => (
                  <li key={src.url}>
                    <a href={src.url} target="_blank" rel="noopener noreferrer">
                      {src.title}
                      <span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          </article>
          {built?.ok ? (
            <AppStoreProvider store={store}>
              <StepStage />
            </AppStoreProvider>
          ) : (
            <p className="notice notice-error" role="alert" data-testid="step-problem">
              This step’s scenario could not be built: {built?.problem ?? 'it is missing'}.
            </p>
          )}
        </div>
      )}
      <nav className="lesson-pager" aria-label="Steps">
        <button
          type="button"
          disabled={index === 0}
          onClick={() =>
            openLesson({ lesson: lesson.id, step: lesson.steps[index - 1]?.id ?? null })
          }
          data-testid="step-prev"
        >
          ← Previous
        </button>
        {index < lesson.steps.length && (
          <button
            type="button"
            className="primary"
            onClick={() =>
              openLesson({ lesson: lesson.id, step: lesson.steps[index + 1]?.id ?? CHECKPOINTS })
            }
            data-testid="step-next"
          >
            {index + 1 < lesson.steps.length ? 'Next →' : 'Checkpoint questions →'}
          </button>
        )}
      </nav>
    </div>
  );
}
