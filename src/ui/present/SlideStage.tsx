import { useAppStore } from '../../state';
import { DecisionMap } from '../flow/DecisionMap';
import { useReducedMotion } from '../components/useMediaQuery';
import { useResolvedTheme } from '../components/useResolvedTheme';
import { principalName, keyPhrase } from '../../explain';
import { OutcomePanel } from './OutcomePanel';
import { PathDocumentsPanel } from './PathDocumentsPanel';

/** Lesson text in Markdown-lite, shown as plain paragraphs (no bold or code marks). */
function plain(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\*\*|`/g, '').trim())
    .filter(Boolean);
}

/** One slide: the question, the statements on the path, the diagram and the outcome. */
export function SlideStage() {
  const slide = useAppStore((s) => s.presentSlide);
  const position = useAppStore((s) => s.presentPosition);
  const reduced = useReducedMotion();
  const theme = useResolvedTheme();
  if (!slide) return null;
  const { result, scenario } = slide;
  const request = scenario?.requests[slide.requestIndex];
  return (
    <section className="present-stage" aria-labelledby="slide-title">
      <h2 id="slide-title" className="present-slide-title" data-testid="slide-title">
        {slide.title}
      </h2>
      {request && scenario && (
        <p className="present-question" data-testid="present-question">
          <strong>{principalName(request.principal, scenario)}</strong> calls{' '}
          <code>{request.action}</code> on {keyPhrase(request, scenario)}
        </p>
      )}
      {slide.text && (
        <div className="present-lesson-text">
          {plain(slide.text).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      {slide.problem && (
        <p className="present-problem" role="alert" data-testid="slide-problem">
          {slide.problem}
        </p>
      )}
      {result && scenario && (
        <div className="present-grid">
          <PathDocumentsPanel result={result} scenario={scenario} position={position} />
          <div className="present-diagram" data-testid="present-diagram">
            <DecisionMap
              result={result}
              scenario={scenario}
              size="large"
              position={position}
              selectedStep={null}
              onSelectStep={() => undefined}
              reducedMotion={reduced}
              theme={theme}
              showEnd
            />
          </div>
        </div>
      )}
      <OutcomePanel />
    </section>
  );
}
