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
          data-testid={testId}
          data-level={n.level}
          data-place={n.place}
        >
          {/* The live region is the message: a list item may not take the status or alert role. */}
          <span className="notice-message" role={n.level === 'error' ? 'alert' : 'status'}>
            {n.message}
          </span>
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
