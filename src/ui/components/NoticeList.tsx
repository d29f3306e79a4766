import type { Notice } from '../../state';

/** Notices from the store, shown where they belong, each dismissible. */
export function NoticeList({
  notices,
  onDismiss,
  className = '',
  testId = 'notice',
}: {
  notices: readonly Notice[];
  onDismiss(id: string): void;
  className?: string;
  testId?: string;
}) {
  if (notices.length === 0) return null;
  return (
    <ul className={`notices ${className}`}>
      {notices.map((n) => (
        <li
          key={n.id}
          className={`notice notice-${n.level}`}
          role={n.level === 'error' ? 'alert' : 'status'}
          data-testid={testId}
          data-level={n.level}
          data-place={n.place}
        >
          <span className="notice-message">{n.message}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss this message"
            onClick={() => onDismiss(n.id)}
          >
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}
