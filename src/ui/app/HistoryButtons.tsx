import { selectCanRedo, selectCanUndo, useAppStore } from '../../state';

/** Undo and redo of every scenario edit (also Ctrl+Z and Ctrl+Shift+Z outside the editor). */
export function HistoryButtons() {
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  return (
    <div className="button-group" role="group" aria-label="History">
      <button
        type="button"
        disabled={!canUndo}
        onClick={undo}
        title="Undo (Ctrl+Z)"
        aria-keyshortcuts="Control+Z"
        aria-label="Undo"
        className="icon-text-button"
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        disabled={!canRedo}
        onClick={redo}
        title="Redo (Ctrl+Shift+Z)"
        aria-keyshortcuts="Control+Shift+Z"
        aria-label="Redo"
        className="icon-text-button"
      >
        <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}
