import type { CSSProperties } from 'react';
import { PANE_LIMITS, useAppStore } from '../../state';
import { PaneBar } from './PaneBar';
import { Splitter } from '../components/Splitter';
import { DecisionPanel } from '../panels/DecisionPanel';
import { DiagramPane } from '../panels/diagram/DiagramPane';
import { EditorPane } from '../panels/EditorPane';
import { ScenarioExplorer } from '../panels/explorer/ScenarioExplorer';
import { BottomTabs } from '../panels/simulator/BottomTabs';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * The panes: the explorer on the left; the editor with the request builder (tabbed with the AWS
 * CLI console and the audit trail) under it in the middle; the decision and its diagram on the
 * right, where the top-to-bottom decision path has the full height. Three splitters resize them;
 * the sizes persist through the store. A narrow screen (under 1024 px) shows one pane at a time,
 * the decision first, the others a tap away in the pane bar (`data-pane` says which; the hidden
 * panes stay mounted, so nothing in them is lost).
 */
export function Workspace() {
  const panes = useAppStore((s) => s.panes);
  const setPane = useAppStore((s) => s.setPane);
  const scenario = useAppStore((s) => s.scenario);
  const narrowPane = useAppStore((s) => s.narrowPane);
  const style = {
    '--explorer-width': `${panes.explorer}px`,
    '--editor-width': `${panes.editor}px`,
    '--bottom-height': `${panes.bottom}px`,
  } as CSSProperties;

  return (
    <main className="workspace" style={style} data-pane={narrowPane}>
      <PaneBar />
      <ErrorBoundary area="the scenario explorer" resetKey={scenario}>
        <ScenarioExplorer id="pane-explorer" />
      </ErrorBoundary>
      <Splitter
        orientation="vertical"
        value={panes.explorer}
        {...PANE_LIMITS.explorer}
        label="Resize the scenario explorer"
        controls="pane-explorer"
        testId="splitter-explorer"
        onChange={(px) => setPane('explorer', px)}
      />
      <div className="center-column" id="pane-center">
        <ErrorBoundary area="the editor" resetKey={scenario}>
          <EditorPane id="pane-editor" />
        </ErrorBoundary>
        <Splitter
          orientation="horizontal"
          value={panes.bottom}
          {...PANE_LIMITS.bottom}
          invert
          label="Resize the request builder, console and audit trail"
          controls="pane-bottom"
          testId="splitter-bottom"
          onChange={(px) => setPane('bottom', px)}
        />
        <BottomTabs id="pane-bottom" />
      </div>
      <Splitter
        orientation="vertical"
        value={panes.editor}
        {...PANE_LIMITS.editor}
        label="Resize the editor and request builder"
        controls="pane-center"
        testId="splitter-editor"
        onChange={(px) => setPane('editor', px)}
      />
      <div className="right-column" id="pane-right">
        <ErrorBoundary area="the decision" resetKey={scenario}>
          <DecisionPanel id="pane-decision" />
        </ErrorBoundary>
        <ErrorBoundary area="the diagram" resetKey={scenario}>
          <DiagramPane id="pane-diagram" />
        </ErrorBoundary>
      </div>
    </main>
  );
}
