/** Instructor mode: a projector view stepped from the keyboard, decks and presenter notes (issue 6). */
export { PresentView } from './PresentView';
