import { useAppStore } from '../../state';

/** The course screen. Placeholder until the lesson player lands (issue 6, in progress). */
export function LearnView() {
  const setView = useAppStore((s) => s.setView);
  return (
    <main className="learn-view" id="main" data-testid="learn-view">
      <h2>Lessons</h2>
      <button type="button" onClick={() => setView('playground')}>
        Back to the playground
      </button>
    </main>
  );
}
