import { checkFields, isObject, type ReadContext } from './fields';
import { describeType } from './issues';
import { VIEW_TABS, type ScenarioView } from './types';

/** Fields of the `view` object, in the order they are written. */
export const VIEW_FIELDS = ['request', 'document', 'tab'] as const;

/**
 * Reads the optional `view`: what the screen showed when the link or file was made. The view
 * never stops a scenario from opening: anything wrong in it is a warning and that part is left
 * out (the app then opens on its defaults).
 */
export function readView(
  ctx: ReadContext,
  value: unknown,
  path: (string | number)[],
): ScenarioView | undefined {
  const warn = (at: (string | number)[], detail: string) =>
    ctx.issues.warning(at, 'InvalidValue', `${detail}; left out, the app opens its default view`);
  if (!isObject(value)) {
    warn(path, `expected the view (an object), got ${describeType(value)}`);
    return undefined;
  }
  checkFields(ctx, value, path, VIEW_FIELDS, 'the view');
  const view: ScenarioView = {};
  const request = value['request'];
  if (typeof request === 'string' || (Number.isInteger(request) && (request as number) >= 0)) {
    view.request = request as string | number;
  } else if (request !== undefined) {
    warn(
      [...path, 'request'],
      `expected a request id or a request's position from 0, got ${describeType(request)}`,
    );
  }
  const document = value['document'];
  if (typeof document === 'string') view.document = document;
  else if (document !== undefined) {
    warn([...path, 'document'], `expected a document id, got ${describeType(document)}`);
  }
  const tab = value['tab'];
  if ((VIEW_TABS as readonly unknown[]).includes(tab)) view.tab = tab as ScenarioView['tab'];
  else if (tab !== undefined) {
    const got = typeof tab === 'string' ? `"${tab}"` : describeType(tab);
    warn([...path, 'tab'], `expected one of ${VIEW_TABS.join(', ')}, got ${got}`);
  }
  return view;
}
