/** The course: lessons, predict-the-decision quizzes and checkpoints (issue 6). */
export { LearnView } from './LearnView';
