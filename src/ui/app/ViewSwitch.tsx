import { useAppStore, type AppView } from '../../state';

const VIEWS: { view: AppView; label: string; title: string }[] = [
  { view: 'playground', label: 'Playground', title: 'Edit policies and requests, see decisions' },
  { view: 'learn', label: 'Learn', title: 'Guided lessons and predict-the-decision quizzes' },
  { view: 'access', label: 'Access', title: 'Who can use the keys, and what an edit changes' },
  { view: 'present', label: 'Present', title: 'Instructor mode for a projector' },
];

/** Playground, course and instructor mode: one pressed button per screen. */
export function ViewSwitch() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label="Screen">
      {VIEWS.map((v) => (
        <button
          key={v.view}
          type="button"
          data-testid={`view-${v.view}`}
          aria-pressed={view === v.view}
          title={v.title}
          onClick={() => setView(v.view)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
