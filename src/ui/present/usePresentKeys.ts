/** Instructor mode's keyboard handler on the window: the keymap (keymap.ts) applied to the store. */
import { useEffect } from 'react';
import { useAppStoreApi } from '../../state';
import { activatesControl, presentAction, typingTarget, type PresentAction } from './keymap';

export interface PresentKeyHandlers {
  toggleHelp(): void;
  /** Esc: close what is open, else leave (the presentation) or nothing (the presenter window). */
  escape(): void;
}

export function usePresentKeys(handlers: PresentKeyHandlers): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (typingTarget(event.target)) return;
      if (activatesControl(event.target, event.key)) return;
      const s = store.getState();
      const action = presentAction(event, s.vote === 'open');
      if (!action) return;
      const run: Record<PresentAction, () => void> = {
        stepForward: s.presentForward,
        stepBack: s.presentBack,
        stepHome: s.presentHome,
        stepEnd: s.presentEnd,
        vote: s.startVote,
        reveal: s.reveal,
        nextSlide: s.nextSlide,
        previousSlide: s.previousSlide,
        help: handlers.toggleHelp,
        exit: handlers.escape,
      };
      event.preventDefault();
      run[action]();
    };
    // Capture phase: the diagram claims Space (to pan) on the document before a bubbling
    // listener on the window would see it.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store, handlers]);
}
