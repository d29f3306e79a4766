/**
 * What one slide of a deck shows: its scenario, the request, the engine's result and the text
 * around it. A lesson slide is resolved from the built-in lessons when shown; a slide that
 * cannot be shown (an unknown lesson, a request the scenario lacks) says why instead.
 */
import { compileScenario, evaluateRequest, type CompiledScenario } from '../engine';
import type { EvaluationResult } from '../engine/types';
import { lessonById, lessonScenarios } from '../lessons';
import type { Deck, Slide } from '../scenario/deck';
import type { Scenario } from '../scenario/types';

/** A slide ready to draw. */
export interface ResolvedSlide {
  title: string;
  notes: string;
  /** The lesson step's text (lesson slides only). */
  text: string | null;
  scenario: Scenario | null;
  /** Index of the slide's request in `scenario.requests` (-1 when there is none). */
  requestIndex: number;
  result: EvaluationResult | null;
  /** Why the slide cannot show a decision, or null. */
  problem: string | null;
}

const compiled = new WeakMap<Scenario, CompiledScenario>();

function evaluate(scenario: Scenario, index: number): EvaluationResult | null {
  let c = compiled.get(scenario);
  if (!c) {
    c = compileScenario(scenario);
    compiled.set(scenario, c);
  }
  return evaluateRequest(c, index) ?? null;
}

/** The index of a request named by id, or by its index as a string; -1 when there is none. */
export function findRequest(scenario: Scenario, request: string): number {
  const byId = scenario.requests.findIndex((r) => r.id === request);
  if (byId >= 0) return byId;
  const n = Number(request);
  return /^[0-9]+$/.test(request) && n < scenario.requests.length ? n : -1;
}

/** How a slide refers to request `index` of a scenario: its id, else its index. */
export function requestRef(scenario: Scenario, index: number): string {
  return scenario.requests[index]?.id ?? String(index);
}

function failed(slide: Slide, title: string, problem: string): ResolvedSlide {
  const base = { notes: slide.notes ?? '', text: null, scenario: null, requestIndex: -1 };
  return { ...base, title: slide.title ?? title, result: null, problem };
}

function lessonSlide(slide: Slide & { kind: 'lesson' }): ResolvedSlide {
  const lesson = lessonById(slide.lesson);
  if (!lesson)
    return failed(slide, 'Unknown lesson', `This version has no lesson "${slide.lesson}".`);
  const at = lesson.steps.findIndex((s) => s.id === slide.step);
  const step = lesson.steps[at];
  if (!step)
    return failed(slide, lesson.title, `Lesson "${lesson.title}" has no step "${slide.step}".`);
  const built = lessonScenarios(lesson)[at];
  const title = slide.title ?? `${lesson.title}: ${step.title}`;
  if (!built?.ok) return failed(slide, title, `This lesson step has no scenario to show.`);
  const requestIndex = step.request === undefined ? -1 : findRequest(built.scenario, step.request);
  return {
    title,
    // The presenter's notes default to the step's explanation (shown to the room after the vote).
    notes: slide.notes ?? step.reveal ?? '',
    text: step.text,
    scenario: built.scenario,
    requestIndex,
    result: requestIndex < 0 ? null : evaluate(built.scenario, requestIndex),
    problem: requestIndex < 0 ? 'This lesson step asks no question of the engine.' : null,
  };
}

/** The slide at `index` of a deck, resolved (null when the index is out of range). */
export function resolveSlide(deck: Deck, index: number): ResolvedSlide | null {
  const slide = deck.slides[index];
  if (!slide) return null;
  if (slide.kind === 'lesson') return lessonSlide(slide);
  const scenario = deck.scenarios[slide.scenario];
  if (!scenario) return failed(slide, 'Missing scenario', 'The deck lacks this slide’s scenario.');
  const requestIndex = findRequest(scenario, slide.request);
  const request = scenario.requests[requestIndex];
  const title =
    slide.title ??
    (request ? `${request.action} by ${request.principal.split(/[:/]/).pop() ?? ''}` : 'Request');
  if (requestIndex < 0)
    return failed(slide, title, `The scenario has no request "${slide.request}".`);
  return {
    title,
    notes: slide.notes ?? '',
    text: null,
    scenario,
    requestIndex,
    result: evaluate(scenario, requestIndex),
    problem: null,
  };
}
