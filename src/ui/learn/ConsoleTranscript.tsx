import { useEffect, useState } from 'react';
import { createSimulatorPort } from '../../crypto/simulatorPort';
import {
  runStepConsole,
  type ConsoleOutcome,
  type ConsoleRunner,
  type Lesson,
  type StepScenario,
} from '../../lessons';
import { runCommandAsync, type SimulatorState } from '../../simulator';
import { useAppStore } from '../../state';
import { selectActiveQuiz } from './quizState';

/**
 * The step's console lines as they run in the simulator (with real cryptography), as a transcript. Earlier steps' lines
 * run first (silently) so values they capture, such as a grant token, are there for this step.
 * Read in the lesson's store: while its prediction is open the transcript waits, as it would
 * give the answer away.
 */
export function ConsoleTranscript(props: {
  lesson: Lesson;
  index: number;
  scenarios: StepScenario[];
  /** The simulated account after this step's lines ran (for "Experiment in the playground"). */
  onRan?: (index: number, state: SimulatorState) => void;
}) {
  const { lesson, index, scenarios, onRan } = props;
  // What ran, for which step: a result for another step is not shown (it is being replaced).
  const [ran, setRan] = useState<{
    index: number;
    outcomes?: ConsoleOutcome[];
    failure?: string;
  } | null>(null);
  const lines = lesson.steps[index]?.console;
  const waiting = useAppStore((s) => selectActiveQuiz(s)?.answer === null);

  useEffect(() => {
    if (!lines?.length) return;
    let cancelled = false;
    // Real cryptography, as in the console: blobs are AES-GCM under this page's key material.
    const port = createSimulatorPort();
    const runner: ConsoleRunner = async (state, line) => ({
      ...(await runCommandAsync(state, line, port)),
      line,
    });
    const run = async () => {
      const vars: Record<string, string> = {};
      for (let i = 0; i <= index; i++) {
        const step = lesson.steps[i];
        const built = scenarios[i];
        if (!step?.console?.length || !built?.ok) continue;
        const done = await runStepConsole(built.scenario, step.console, vars, runner);
        if (i === index && !cancelled) {
          setRan({ index, outcomes: done.outcomes });
          onRan?.(index, done.state);
        }
      }
    };
    run().catch((e: unknown) => {
      if (!cancelled) setRan({ index, failure: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      cancelled = true;
    };
  }, [lesson, index, scenarios, lines, onRan]);

  const current = ran?.index === index ? ran : null;
  const outcomes = current?.outcomes;
  const failure = current?.failure;
  if (!lines?.length) return null;
  if (waiting)
    return (
      <section className="lesson-console" aria-label="Console transcript">
        <h3>In the console</h3>
        <p className="muted">The console transcript appears once you have answered.</p>
      </section>
    );
  return (
    <section
      className="lesson-console"
      aria-label="Console transcript"
      data-testid="lesson-console"
    >
      <h3>In the console</h3>
      {failure && <p className="text-bad">The console lines could not run: {failure}</p>}
      {!outcomes && !failure && <p className="muted">Running…</p>}
      {outcomes?.map((o, i) => (
        <div key={i} className="lesson-console-entry" data-testid="lesson-console-entry">
          <pre className="lesson-console-line">
            <span aria-hidden="true">$ </span>
            {o.line}
          </pre>
          {o.output && (
            <pre className={o.isError ? 'lesson-console-output is-error' : 'lesson-console-output'}>
              {o.output}
            </pre>
          )}
        </div>
      ))}
    </section>
  );
}
