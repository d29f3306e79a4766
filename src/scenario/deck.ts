/**
 * Decks (instructor mode, issue 6): an ordered list of slides, each a lesson step or a request of
 * a scenario the deck carries, with an optional title and presenter notes. A deck travels as one
 * link (deckLink.ts); this file holds its shape and the validator every decoded deck goes through.
 */
import { decodeScenarioValue } from './decodeValue';
import { scenarioToJson } from './encode';
import { describeType } from './issues';
import { MAX_STRING_LENGTH } from './limits';
import type { Scenario } from './types';

export const DECK_FORMAT = 'kms-playground/deck';
export const DECK_VERSION = 1;
/** Most slides in one deck: a long lecture, with room to spare. */
export const MAX_SLIDES = 500;
/** Most distinct scenarios in one deck (slides of the same scenario share one). */
export const MAX_DECK_SCENARIOS = 100;

/** What every slide may carry besides what it shows. */
interface SlideText {
  /** Shown above the slide; default: the lesson step's or the request's own title. */
  title?: string;
  /** For the presenter's window only. */
  notes?: string;
}

/** A step of a built-in lesson, by ids (resolved when shown, so a deck stays small). */
export interface LessonSlide extends SlideText {
  kind: 'lesson';
  lesson: string;
  step: string;
}

/** A request of one of the deck's scenarios: its id, or its index as a string when it has none. */
export interface ScenarioSlide extends SlideText {
  kind: 'scenario';
  /** Index into `Deck.scenarios`. */
  scenario: number;
  request: string;
}

export type Slide = LessonSlide | ScenarioSlide;

export interface Deck {
  title?: string;
  scenarios: Scenario[];
  slides: Slide[];
}

/** A decoded deck, or the first problem found, in words. */
export type DeckResult = { ok: true; deck: Deck } | { ok: false; message: string };

/** The deck as JSON: scenarios without their defaults, as in files and share links. */
export function deckToJson(deck: Deck): Record<string, unknown> {
  return {
    format: DECK_FORMAT,
    version: DECK_VERSION,
    ...(deck.title !== undefined ? { title: deck.title } : {}),
    scenarios: deck.scenarios.map(scenarioToJson),
    slides: deck.slides,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const bad = (message: string): DeckResult => ({ ok: false, message });

/** A bounded optional text field, or the message saying why it is not one. */
function optionalText(o: Record<string, unknown>, field: string, where: string): string | null {
  const v = o[field];
  if (v === undefined) return null;
  if (typeof v !== 'string') return `${where}: "${field}" must be text, not ${describeType(v)}`;
  if (v.length > MAX_STRING_LENGTH) return `${where}: "${field}" is longer than the limit`;
  return null;
}

function readSlide(v: unknown, i: number, scenarioCount: number): Slide | string {
  const where = `slide ${i + 1}`;
  if (!isObject(v)) return `${where} must be an object, not ${describeType(v)}`;
  const textProblem = optionalText(v, 'title', where) ?? optionalText(v, 'notes', where);
  if (textProblem) return textProblem;
  const text: SlideText = {
    ...(typeof v.title === 'string' ? { title: v.title } : {}),
    ...(typeof v.notes === 'string' ? { notes: v.notes } : {}),
  };
  if (v.kind === 'lesson') {
    if (typeof v.lesson !== 'string' || typeof v.step !== 'string' || !v.lesson || !v.step)
      return `${where}: a lesson slide needs "lesson" and "step" ids`;
    return { kind: 'lesson', lesson: v.lesson, step: v.step, ...text };
  }
  if (v.kind === 'scenario') {
    const s = v.scenario;
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s >= scenarioCount)
      return `${where}: "scenario" must be the index of one of the deck's ${scenarioCount} scenarios`;
    if (typeof v.request !== 'string' || v.request === '')
      return `${where}: a scenario slide needs a "request" id`;
    return { kind: 'scenario', scenario: s, request: v.request, ...text };
  }
  return `${where}: "kind" must be "lesson" or "scenario"`;
}

/**
 * Checks a parsed deck: format and version, then every scenario through the scenario decoder
 * (limits included), then every slide. Never throws.
 */
export function decodeDeckValue(value: unknown): DeckResult {
  if (!isObject(value)) return bad(`a deck must be a JSON object, not ${describeType(value)}`);
  if (value.format !== DECK_FORMAT) return bad(`this is not a deck (format "${DECK_FORMAT}")`);
  if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1)
    return bad('the deck has no valid version');
  if (value.version > DECK_VERSION)
    return bad(
      `this deck was made by a newer version (format ${value.version}); this playground reads format ${DECK_VERSION}, so update it to open the deck`,
    );
  const titleProblem = optionalText(value, 'title', 'the deck');
  if (titleProblem) return bad(titleProblem);
  const { scenarios, slides } = value;
  if (!Array.isArray(scenarios)) return bad('the deck has no "scenarios" list');
  if (scenarios.length > MAX_DECK_SCENARIOS)
    return bad(`the deck has ${scenarios.length} scenarios; the limit is ${MAX_DECK_SCENARIOS}`);
  if (!Array.isArray(slides) || slides.length === 0) return bad('the deck has no slides');
  if (slides.length > MAX_SLIDES)
    return bad(`the deck has ${slides.length} slides; the limit is ${MAX_SLIDES}`);
  const decoded: Scenario[] = [];
  for (const [i, json] of scenarios.entries()) {
    const result = decodeScenarioValue(json);
    if (!result.ok) {
      const why = result.issues.find((x) => x.severity === 'error') ?? result.issues[0];
      return bad(`scenario ${i + 1} of the deck is invalid: ${why?.message ?? 'unknown problem'}`);
    }
    decoded.push(result.scenario);
  }
  const out: Slide[] = [];
  for (const [i, json] of slides.entries()) {
    const slide = readSlide(json, i, decoded.length);
    if (typeof slide === 'string') return bad(slide);
    out.push(slide);
  }
  return {
    ok: true,
    deck: {
      ...(typeof value.title === 'string' ? { title: value.title } : {}),
      scenarios: decoded,
      slides: out,
    },
  };
}
