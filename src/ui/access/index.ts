/**
 * The access screen (issue 15) and the piece other panels can mount: `AccessChanges` shows the
 * access gained and lost between two scenarios (e.g. a proposed fix's).
 */
export { AccessView } from './AccessView';
export { AccessChanges, AccessChangeList } from './AccessChanges';
