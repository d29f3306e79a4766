import type { AppState, Quiz } from '../../state';

/** The quiz on the selected request, when one is open and still about what is on screen. */
export const selectActiveQuiz = (s: AppState): Quiz | null =>
  s.quiz && s.quiz.scenario === s.scenario && s.quiz.request === s.selectedRequest ? s.quiz : null;
