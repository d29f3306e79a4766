/**
 * Moves keyboard focus to the next (or previous) focusable element outside a container, for the
 * editor's "Esc then Tab leaves" escape hatch: inside Monaco, Tab indents.
 */

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function visible(el: HTMLElement): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** Focuses the first focusable element after (or last before) `container`; true if it moved. */
export function focusOutside(container: HTMLElement, backwards: boolean): boolean {
  const all = [...container.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !container.contains(el) && visible(el),
  );
  const after = (el: HTMLElement) =>
    (container.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const target = backwards ? all.filter((el) => !after(el)).at(-1) : all.find(after);
  if (!target) return false;
  target.focus();
  return true;
}
