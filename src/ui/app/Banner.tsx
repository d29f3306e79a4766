import { useEffect } from 'react';
import { selectNoticesAt, useAppStore } from '../../state';
import { NoticeList } from '../components/NoticeList';

/** How long an informational message stays before it goes by itself. */
const INFO_MS = 8000;

/** App-wide messages: storage warnings, imports and pastes, anything not tied to a panel. */
export function Banner() {
  const app = useAppStore(selectNoticesAt('app'));
  const storage = useAppStore(selectNoticesAt('storage'));
  const imports = useAppStore(selectNoticesAt('import'));
  const dismiss = useAppStore((s) => s.dismiss);
  const all = [...storage, ...app, ...imports];
  const infoIds = all
    .filter((n) => n.level === 'info')
    .map((n) => n.id)
    .join(' ');

  useEffect(() => {
    if (infoIds === '') return;
    const timer = window.setTimeout(() => infoIds.split(' ').forEach(dismiss), INFO_MS);
    return () => window.clearTimeout(timer);
  }, [infoIds, dismiss]);

  if (all.length === 0) return null;
  return (
    <div className="banner" data-testid="banner">
      <NoticeList notices={all} onDismiss={dismiss} testId="banner-notice" />
    </div>
  );
}
