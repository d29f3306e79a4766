import './flow.css';
import './flowRows.css';
import './map.css';
import './mapNodes.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EvaluationResult } from '../../engine/types';
import { outcomeWords, routeModel, shortArn } from '../../explain';
import type { Scenario } from '../../scenario/types';
import { buildMap, itemView, mapChanges, playingCheck } from './mapModel';
import { MapNode, STATUS_ICON } from './MapNode';
import { SelectStepContext } from './selectContext';
import type { GraphRow } from './types';

/** Props of DecisionMap. */
export interface DecisionMapProps {
  /** The result to draw. */
  result: EvaluationResult;
  /** The previous result of the same request: changed nodes are marked. */
  previous?: EvaluationResult | null;
  /** Names grants and OUs and lists grants the engine did not need to read. */
  scenario?: Scenario | null;
  /** Trace steps revealed (0..trace.length). */
  position: number;
  /** Selected trace step id. */
  selectedStep: string | null;
  /** Called with the trace step id of an activated row. */
  onSelectStep(stepId: string): void;
  /** Turns off the pulse, the moving dashes and smooth scrolling. */
  reducedMotion?: boolean;
  /** Forces a colour scheme; otherwise `[data-theme]` on the root element or the OS decides. */
  theme?: 'light' | 'dark';
  /** `large` for a projector (text at least 18 px at 1920×1080). */
  size?: 'normal' | 'large';
  /** When playback has finished, bring the decision into view (a presentation's reveal). */
  showEnd?: boolean;
}

const NO_ROWS: GraphRow[] = [];

const DECISION_WORDS = {
  Allow: outcomeWords('allow'),
  ExplicitDeny: outcomeWords('explicitDeny'),
  ImplicitDeny: outcomeWords('implicitDeny'),
} as const;

/**
 * Scrolls `el` inside `box` just enough to show it, below the sticky request line (no ancestor
 * scrolls, unlike scrollIntoView).
 */
function reveal(box: HTMLElement | null, el: HTMLElement | null, smooth: boolean) {
  if (!box || !el) return;
  const b = box.getBoundingClientRect();
  const head = box.querySelector<HTMLElement>('.kms-map__head')?.offsetHeight ?? 0;
  const top = b.top + head;
  const r = el.getBoundingClientRect();
  let dy = 0;
  if (r.bottom > b.bottom) dy = r.bottom - b.bottom + 8;
  if (r.top - dy < top) dy = r.top - top - 8;
  if (dy !== 0) box.scrollBy({ top: dy, behavior: smooth ? 'smooth' : 'auto' });
}

/**
 * What a reader must see when a request opens: the decision, and when a gate stopped the call,
 * that gate (the why) even if the decision then needs a scroll; the decision panel above the map
 * says the outcome too.
 */
function revealOpening(box: HTMLElement | null, decision: HTMLElement | null) {
  reveal(box, decision, false);
  reveal(box, box?.querySelector<HTMLElement>('[data-stop="true"]') ?? null, false);
}

/**
 * The decision map: the gates in order, the allow routes side by side (key policy, key policy →
 * IAM, one lane per grant), the checks after authorization and the decision. The route that
 * allowed is lit; every other route stays visible, dimmed, with its reason. Collapsed by default;
 * a node's head expands its statements and values compared. Plain HTML and CSS, so text keeps its
 * size at any pane width (the map scrolls instead of zooming out) and reflows from a phone to a
 * projector.
 */
export function DecisionMap({
  result,
  previous = null,
  scenario = null,
  position,
  selectedStep,
  onSelectStep,
  reducedMotion = false,
  theme,
  size = 'normal',
  showEnd = false,
}: DecisionMapProps) {
  const map = useMemo(() => buildMap(result, scenario ?? undefined), [result, scenario]);
  // The previous result only needs its route model, to mark what changed.
  const before = useMemo(
    () => (previous ? routeModel(previous, { scenario: scenario ?? undefined }) : null),
    [previous, scenario],
  );
  const changes = useMemo(
    () =>
      mapChanges(previous && before ? { result: previous, model: before } : null, {
        result,
        model: map.model,
      }),
    [previous, before, result, map],
  );
  const { model } = map;
  const length = map.order.length;
  const finished = position >= length;

  // Which check's map shows: the one playback is in, else the reader's pick, else the deciding one.
  const [picked, setPicked] = useState<{ request: string; check: number } | null>(null);
  const playing = playingCheck(map, position);
  const pick = picked && picked.request === result.request ? picked.check : null;
  const shown = Math.min(
    Math.max(0, playing ?? pick ?? model.decidingCheck),
    Math.max(0, model.checks.length - 1),
  );
  const check = model.checks[shown];

  const [open, setOpen] = useState<Record<string, boolean>>({});
  const toggle = useCallback((id: string) => setOpen((o) => ({ ...o, [id]: !o[id] })), []);

  const scrollRef = useRef<HTMLDivElement>(null);
  const decisionRef = useRef<HTMLLIElement>(null);
  // A new request (or scenario) opens with the decision in view; edits keep the reader's place.
  const opened = `${result.request}|${scenario?.title ?? ''}`;
  useLayoutEffect(() => {
    revealOpening(scrollRef.current, decisionRef.current);
    // Once more after the first paint, when fonts and wrapping have settled.
    const frame = requestAnimationFrame(() =>
      revealOpening(scrollRef.current, decisionRef.current),
    );
    return () => cancelAnimationFrame(frame);
  }, [opened]);
  // Playback keeps the current node in view; with showEnd the decision once it has finished.
  useEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    const el = finished
      ? showEnd
        ? decisionRef.current
        : null
      : box.querySelector<HTMLElement>('.kms-map-node.is-current');
    reveal(box, el, !reducedMotion);
  }, [position, finished, showEnd, reducedMotion, shown]);

  const selectedItem = selectedStep === null ? undefined : map.owner[selectedStep];
  const nodeProps = (id: string) => ({
    open: !!open[id],
    onToggle: toggle,
    // Rows are built only for an opened node.
    rows: open[id] ? map.rowsOf(id) : NO_ROWS,
    // Only an opened node's rows follow playback: closed nodes skip re-rendering while it plays.
    position: open[id] ? position : 0,
    finished: open[id] ? finished : false,
    selected: selectedItem === id,
    selectedStep: open[id] ? selectedStep : null,
    change: changes.items[id],
    stepChanges: changes.steps,
  });
  const implicit = check?.outcome === 'implicitDeny';
  const litRoute = check?.routes.find((r) => r.lit);
  const routesDone = check ? check.routes.every((r) => itemView(map, r, position).complete) : true;
  const className = [
    'kms-flow',
    'kms-map',
    reducedMotion ? 'kms-flow--still' : '',
    size === 'large' ? 'kms-map--large' : '',
  ]
    .filter(Boolean)
    .join(' ');
  // The outcome joins the label once playback has reached it, as it does on the decision node.
  const label = `Decision map for request ${result.request}${finished ? `: ${DECISION_WORDS[result.decision]}, ${result.outcome}` : ''}`;
  const flipped =
    previous && previous.request === result.request && previous.decision !== result.decision
      ? previous.decision
      : null;
  const callerLine = model.caller ? shortArn(model.caller) : 'The caller';

  return (
    <div
      className={className}
      data-theme={theme}
      data-testid="decision-diagram"
      data-size={size}
      role="group"
      aria-label={label}
    >
      <SelectStepContext.Provider value={onSelectStep}>
        <div className="kms-map__scroll" ref={scrollRef}>
          <div className="kms-map__head">
            <p className="kms-map__request">
              <strong>{callerLine}</strong>
              {check ? (
                <>
                  {' calls '}
                  <code>{check.action}</code>
                  {check.resource && check.resource !== '*' ? (
                    <>
                      {' on '}
                      <code>{shortArn(check.resource)}</code>
                    </>
                  ) : null}
                </>
              ) : (
                ' — no authorization check ran'
              )}
            </p>
            {flipped ? (
              <p className="kms-flow-flip kms-map__flip" role="status">
                {`Decision changed: ${DECISION_WORDS[flipped]} → ${DECISION_WORDS[result.decision]}`}
              </p>
            ) : null}
            {model.checks.length > 1 ? (
              <div
                className="kms-map__checks"
                role="group"
                aria-label="Authorization checks: KMS needs every one to allow"
                data-testid="map-checks"
              >
                {model.checks.map((c, i) => {
                  const done = finished || c.lastStepIndex < position;
                  const st = c.outcome === 'allow' ? 'allow' : 'stop';
                  return (
                    <button
                      key={c.id}
                      type="button"
                      aria-pressed={i === shown}
                      className={`kms-map__check status-${done ? st : 'pending'}${c.outcome === 'implicitDeny' ? ' is-implicit' : ''}`}
                      onClick={() => setPicked({ request: result.request, check: i })}
                    >
                      <span aria-hidden="true">{done ? STATUS_ICON[st] : '·'}</span> {`${i + 1}. `}
                      {c.action}
                      <span className="kms-map__check-status">
                        {done ? ` — ${outcomeWords(c.outcome)}` : ''}
                      </span>
                    </button>
                  );
                })}
              </div>
            ) : null}
          </div>
          {check ? (
            <>
              <section className="kms-map__section kms-map__gates" aria-labelledby="kms-map-gates">
                <h3 id="kms-map-gates" className="kms-map__label">
                  Gates <span>can only stop the call</span>
                </h3>
                <ol className="kms-map__gate-list">
                  {check.gates.map((g) => (
                    <MapNode
                      key={g.id}
                      item={g}
                      {...itemView(map, g, position)}
                      implicit={implicit}
                      {...nodeProps(g.id)}
                    />
                  ))}
                </ol>
              </section>
              <div
                className={`kms-map__join${litRoute && routesDone ? ' is-lit' : ''}`}
                aria-hidden="true"
              />
              <section
                className="kms-map__section kms-map__routes"
                aria-labelledby="kms-map-routes"
              >
                <h3 id="kms-map-routes" className="kms-map__label">
                  Allow routes <span>any one is enough</span>
                  {check.crossAccount ? (
                    <span className="kms-map__cross">
                      Cross-account: key in {check.crossAccount.keyAccount}, caller in{' '}
                      {check.crossAccount.callerAccount}
                    </span>
                  ) : null}
                </h3>
                <ul className="kms-map__route-list">
                  {check.routes.map((r) => (
                    <MapNode
                      key={r.id}
                      item={r}
                      {...itemView(map, r, position)}
                      {...nodeProps(r.id)}
                    />
                  ))}
                </ul>
              </section>
              <div
                className={`kms-map__join${litRoute && routesDone ? ' is-lit' : ''}`}
                aria-hidden="true"
              />
            </>
          ) : null}
          <ul className="kms-map__section kms-map__end">
            <MapNode
              item={model.after}
              {...itemView(map, model.after, position)}
              {...nodeProps(model.after.id)}
            />
            <MapNode
              item={model.decision}
              {...itemView(map, model.decision, position)}
              implicit={result.decision === 'ImplicitDeny'}
              nodeRef={decisionRef}
              {...nodeProps(model.decision.id)}
            />
          </ul>
        </div>
      </SelectStepContext.Provider>
    </div>
  );
}
