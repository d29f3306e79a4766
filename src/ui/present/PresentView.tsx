import { useAppStore } from '../../state';

/** Instructor mode. Placeholder until the presentation view lands (issue 6, in progress). */
export function PresentView() {
  const setView = useAppStore((s) => s.setView);
  return (
    <main className="present-view" id="main" data-testid="present-view">
      <h2>Instructor mode</h2>
      <button type="button" onClick={() => setView('playground')}>
        Back to the playground
      </button>
    </main>
  );
}
