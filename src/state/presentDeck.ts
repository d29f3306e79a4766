/**
 * Building and editing decks, as pure functions of the deck (see presentSlice.ts). Slides of the
 * same scenario share one copy of it in the deck, so a deck link stays small.
 */
import type { Lesson } from '../lessons';
import type { Deck, Slide } from '../scenario/deck';
import type { Scenario } from '../scenario/types';
import { requestRef } from './presentSlide';

/** One slide per request of `scenario`; null when it has none. */
export function deckOfRequests(scenario: Scenario): Deck | null {
  const slides: Slide[] = scenario.requests.map((_, i) => ({
    kind: 'scenario',
    scenario: 0,
    request: requestRef(scenario, i),
  }));
  return slides.length ? { title: scenario.title, scenarios: [scenario], slides } : null;
}

/** One slide per step of `lesson` that asks the engine something; null when none does. */
export function deckOfLesson(lesson: Lesson): Deck | null {
  const slides: Slide[] = lesson.steps
    .filter((step) => step.request !== undefined)
    .map((step) => ({ kind: 'lesson', lesson: lesson.id, step: step.id }));
  return slides.length ? { title: lesson.title, scenarios: [], slides } : null;
}

/** `deck` (or a new one) with request `index` of `scenario` appended as a slide. */
export function withRequest(deck: Deck | null, scenario: Scenario, index: number): Deck {
  const base: Deck = deck ?? { title: scenario.title, scenarios: [], slides: [] };
  let at = base.scenarios.indexOf(scenario);
  const scenarios = at < 0 ? [...base.scenarios, scenario] : base.scenarios;
  if (at < 0) at = scenarios.length - 1;
  const slide: Slide = { kind: 'scenario', scenario: at, request: requestRef(scenario, index) };
  return { ...base, scenarios, slides: [...base.slides, slide] };
}

/** `deck` without slide `index`, dropping scenarios no slide shows any more. */
export function withoutSlide(deck: Deck, index: number): Deck {
  const slides = deck.slides.filter((_, i) => i !== index);
  const used = new Set(slides.flatMap((s) => (s.kind === 'scenario' ? [s.scenario] : [])));
  const keep = deck.scenarios.map((_, i) => used.has(i));
  const renumber = keep.map((k, i) => (k ? keep.slice(0, i).filter(Boolean).length : -1));
  return {
    ...deck,
    scenarios: deck.scenarios.filter((_, i) => keep[i]),
    slides: slides.map((s) =>
      s.kind === 'scenario' ? { ...s, scenario: renumber[s.scenario] ?? 0 } : s,
    ),
  };
}
