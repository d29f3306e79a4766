import { lessonById } from '../../lessons';
import type { Deck, Slide } from '../../state';

/** A slide's name in the deck list: its own title, else what it shows. */
export function slideLabel(deck: Deck, slide: Slide): string {
  if (slide.title) return slide.title;
  if (slide.kind === 'lesson') {
    const lesson = lessonById(slide.lesson);
    const step = lesson?.steps.find((s) => s.id === slide.step);
    return lesson && step ? `${lesson.title}: ${step.title}` : `${slide.lesson} / ${slide.step}`;
  }
  const scenario = deck.scenarios[slide.scenario];
  const request =
    scenario?.requests.find((r) => r.id === slide.request) ??
    scenario?.requests[Number(slide.request)];
  const who = request?.principal.split(/[:/]/).pop() ?? '';
  return request ? `${request.action} by ${who}` : `Request ${slide.request}`;
}
