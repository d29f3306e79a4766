import './sandbox.css';
import { challengeById, challengeScenario } from '../../lessons';
import { useAppStore } from '../../state';
import { ChallengePanel } from './ChallengePanel';
import { challengeOfSandbox } from './challengeRoute';

/**
 * Shown in the playground while a lesson step is open there: the user's own workspace is kept
 * aside (and is what the autosave keeps); they go back to it, or keep the experiment instead.
 */
export function SandboxBanner() {
  const sandbox = useAppStore((s) => s.sandbox);
  const leaveSandbox = useAppStore((s) => s.leaveSandbox);
  const setView = useAppStore((s) => s.setView);
  const openLesson = useAppStore((s) => s.openLesson);
  const openInPlayground = useAppStore((s) => s.openInPlayground);
  if (!sandbox) return null;
  const challenge = challengeById(challengeOfSandbox(sandbox.lesson) ?? '');
  if (challenge)
    return (
      <div
        className="banner sandbox-banner challenge-banner"
        role="region"
        aria-label="Challenge"
        data-testid="sandbox-banner"
      >
        <ChallengePanel challenge={challenge} />
        <div className="challenge-actions">
          <p className="small">
            Your own work is kept aside and still saved; changes made here are not.
          </p>
          <div className="button-group">
            <button
              type="button"
              className="primary"
              data-testid="challenge-back"
              onClick={() => {
                leaveSandbox();
                openLesson(null);
                setView('learn');
              }}
            >
              Back to the course
            </button>
            <button
              type="button"
              data-testid="challenge-restart"
              onClick={() =>
                openInPlayground(challengeScenario(challenge), 0, {
                  lesson: sandbox.lesson,
                  step: sandbox.step,
                  title: sandbox.title,
                })
              }
            >
              Start over
            </button>
            <button type="button" data-testid="sandbox-restore" onClick={() => leaveSandbox()}>
              Back to my work
            </button>
          </div>
        </div>
      </div>
    );
  return (
    <div
      className="banner sandbox-banner"
      role="region"
      aria-label="Lesson experiment"
      data-testid="sandbox-banner"
    >
      <p>
        Experimenting with <strong>{sandbox.title}</strong>. Your own work is kept aside and still
        saved; changes made here are not.
      </p>
      <div className="button-group">
        <button
          type="button"
          className="primary"
          data-testid="sandbox-back"
          onClick={() => {
            leaveSandbox();
            openLesson({ lesson: sandbox.lesson, step: sandbox.step });
            setView('learn');
          }}
        >
          Back to the lesson
        </button>
        <button type="button" data-testid="sandbox-restore" onClick={() => leaveSandbox()}>
          Back to my work
        </button>
        <button type="button" data-testid="sandbox-keep" onClick={() => leaveSandbox(true)}>
          Keep this as my work
        </button>
      </div>
    </div>
  );
}
