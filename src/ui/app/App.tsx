import { lazy, Suspense, useEffect } from 'react';
import {
  isShareFragment,
  useAppStore,
  useAppStoreApi,
  watchDeckLinks,
  watchLessonLinks,
  watchShareLinks,
} from '../../state';
import { preloadPolicyEditor } from '../editor';
import { useResolvedTheme } from '../components/useResolvedTheme';
import { playNextResult } from '../panels/diagram/usePlayback';
import { Banner } from './Banner';
import { Header } from './Header';
import { SkipLinks } from './SkipLinks';
import { PendingLinkDialog } from './PendingLinkDialog';
import { SandboxBanner } from '../learn/SandboxBanner';
import { useGlobalInput } from './useGlobalInput';
import { useScenarioFiles } from './useScenarioFiles';
import { Workspace } from './Workspace';

// The course and instructor mode load on first use, keeping the playground's first load small.
const LearnView = lazy(() => import('../learn').then((m) => ({ default: m.LearnView })));
const PresentView = lazy(() => import('../present').then((m) => ({ default: m.PresentView })));
const AccessView = lazy(() => import('../access').then((m) => ({ default: m.AccessView })));

/**
 * The playground's one screen: explorer, editor, request builder, decision and diagram. Opens
 * share links in the URL, takes files and pastes from anywhere, and themes the page.
 */
export function App() {
  const store = useAppStoreApi();
  const theme = useResolvedTheme();
  const { openFile, exportFile } = useScenarioFiles();
  const dragging = useGlobalInput(openFile);
  const view = useAppStore((s) => s.view);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);

  useEffect(() => {
    // A link opened on arrival plays its decision once it has loaded.
    if (isShareFragment(window.location.hash)) playNextResult();
    return watchShareLinks(store);
  }, [store]);

  // A deck link (`#deck=1.…`) or the presenter window (`?presenter`) opens instructor mode.
  useEffect(() => watchDeckLinks(store), [store]);
  // A lesson link (`#lesson=<id>/<step>`) pasted while the app is open opens the course.
  useEffect(() => watchLessonLinks(store), [store]);

  useEffect(() => {
    // Monaco loads after the first decision has painted (two frames after this first commit,
    // which renders it), then when the browser is idle: it never competes with the decision.
    let idle: number | undefined;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (window.requestIdleCallback)
          idle = window.requestIdleCallback(() => preloadPolicyEditor(), { timeout: 1500 });
        else preloadPolicyEditor();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle !== undefined) window.cancelIdleCallback?.(idle);
    };
  }, []);

  return (
    <div className="app">
      <SkipLinks />
      {/* Instructor mode fills the screen: no editor chrome on the projector. */}
      {view !== 'present' && (
        <Header onOpenFile={(file) => void openFile(file)} onExport={exportFile} />
      )}
      <Banner />
      {view === 'playground' && <SandboxBanner />}
      {view === 'playground' && <Workspace />}
      {view !== 'playground' && (
        <Suspense fallback={<p className="view-loading">Loading…</p>}>
          {view === 'learn' ? <LearnView /> : view === 'access' ? <AccessView /> : <PresentView />}
        </Suspense>
      )}
      <PendingLinkDialog />
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          Drop a scenario file (or AWS CLI output) to open it
        </div>
      )}
    </div>
  );
}
