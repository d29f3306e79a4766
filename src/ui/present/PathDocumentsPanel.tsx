import { useMemo } from 'react';
import type { EvaluationResult } from '../../engine/types';
import type { Scenario } from '../../scenario/types';
import { pathDocuments } from './pathDocuments';

const OUTCOME_WORDS: Record<string, string> = {
  match: 'applies',
  noMatch: 'does not apply',
  allow: 'allows',
  deny: 'denies',
};

/** The statements and grants the decision path reads, each marked once playback reaches it. */
export function PathDocumentsPanel(props: {
  result: EvaluationResult;
  scenario: Scenario;
  position: number;
}) {
  const { result, scenario, position } = props;
  const docs = useMemo(() => pathDocuments(result, scenario), [result, scenario]);
  return (
    <section
      className="present-docs"
      aria-labelledby="present-docs-heading"
      data-testid="path-docs"
    >
      <h3 id="present-docs-heading">On the decision path</h3>
      {docs.length === 0 && (
        <p className="present-muted">The engine read no statement or grant for this request.</p>
      )}
      {docs.map((doc) => (
        <div key={doc.id} className="present-doc">
          <h4>{doc.title}</h4>
          {doc.statements.map((st) => {
            const reached = st.stepIndex < position;
            const state = reached ? st.outcome : 'pending';
            return (
              <figure
                key={st.stepIndex}
                className={`present-statement present-statement-${state}`}
                data-testid="path-statement"
                data-state={state}
              >
                <figcaption>
                  {st.label}
                  {reached && <span> — {OUTCOME_WORDS[st.outcome] ?? st.outcome}</span>}
                </figcaption>
                <pre>{st.json}</pre>
              </figure>
            );
          })}
        </div>
      ))}
    </section>
  );
}
