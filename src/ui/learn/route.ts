/** The route step that shows a lesson's checkpoint questions (`#lesson=<id>/checkpoints`). */
export const CHECKPOINTS = 'checkpoints';
