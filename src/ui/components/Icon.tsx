/** Small line icons drawn inline (no icon font, nothing fetched). Decorative: buttons carry names. */
const PATHS = {
  restart: 'M5 4v12M16 4 8 10l8 6z',
  back: 'M14 4 6 10l8 6z',
  play: 'M6 4l10 6-10 6z',
  pause: 'M6 4h3v12H6zM11 4h3v12h-3z',
  forward: 'M6 4l8 6-8 6zM15 4v12',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 20 20"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="currentColor"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}
