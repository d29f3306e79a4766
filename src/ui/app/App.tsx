import { examples } from '../../scenario';
import { Alert } from '../components/Alert';
import { DiagnosticsList } from '../panels/DiagnosticsList';
import { ResultsPanel } from '../panels/ResultsPanel';
import { ScenarioSummary } from '../panels/ScenarioSummary';
import { SharePanel } from '../panels/SharePanel';
import { SourcePanel, type ExampleOption } from '../panels/SourcePanel';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { useWorkspace } from './useWorkspace';

const exampleOptions: ExampleOption[] = examples.map((e) => ({
  id: e.id,
  title: e.scenario.title || e.id,
}));

/** The first screen: load a scenario, see how KMS answers each of its requests. */
export function App() {
  const { state, evaluation, actions } = useWorkspace();
  const { scenario } = state;
  const evaluated = evaluation?.ok ? evaluation.evaluation : null;

  return (
    <div className="app">
      <Header />
      <main className="app-main">
        {state.openingLink && (
          <p role="status" className="notice" data-testid="opening-link">
            Opening the share link…
          </p>
        )}
        {state.shareProblem && <Alert problem={state.shareProblem} testId="share-error" />}
        <div className="workbench">
          <ErrorBoundary area="the scenario editor">
            <SourcePanel
              text={state.text}
              origin={state.origin}
              problem={state.inputProblem}
              examples={exampleOptions}
              actions={actions}
            />
          </ErrorBoundary>
          <div className="overview">
            <ErrorBoundary area="the scenario summary" resetKey={state.revision}>
              {scenario ? (
                <>
                  <ScenarioSummary
                    scenario={scenario}
                    origin={state.origin}
                    evaluation={evaluated}
                  />
                  <SharePanel key={state.revision} scenario={scenario} />
                </>
              ) : (
                !state.openingLink && (
                  <section className="panel" data-testid="no-scenario">
                    <h2>No scenario yet</h2>
                    <p>Pick a built-in example, open a file or paste a scenario to begin.</p>
                  </section>
                )
              )}
            </ErrorBoundary>
          </div>
        </div>
        {scenario && evaluation && (
          <ErrorBoundary area="the results" resetKey={state.revision}>
            <ResultsPanel scenario={scenario} evaluation={evaluation} />
            <DiagnosticsList diagnostics={evaluated?.diagnostics ?? []} warnings={state.warnings} />
          </ErrorBoundary>
        )}
      </main>
      <footer className="app-footer">
        <p>
          Everything runs in this page: scenarios, policies and share links never leave your
          browser. Results model AWS KMS authorization for learning and debugging; AWS itself has
          the final word.
        </p>
      </footer>
    </div>
  );
}
