import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

/** Pixels moved by one arrow key press; Shift moves four times as far. */
const STEP = 16;

/**
 * A pane divider that resizes by pointer or keyboard (WAI-ARIA window splitter): focusable, with
 * arrow keys, Home and End, and its size announced as `aria-valuenow`.
 */
export function Splitter({
  orientation,
  value,
  min,
  max,
  label,
  controls,
  invert = false,
  onChange,
  testId,
}: {
  /** `vertical` divides columns (moves left/right); `horizontal` divides rows. */
  orientation: 'vertical' | 'horizontal';
  /** Size of the pane this splitter controls, in pixels. */
  value: number;
  min: number;
  max: number;
  /** Accessible name, e.g. "Resize the explorer". */
  label: string;
  /** Id of the pane it resizes. */
  controls: string;
  /** True when the controlled pane is after the splitter (moving toward it shrinks it). */
  invert?: boolean;
  onChange(px: number): void;
  testId?: string;
}) {
  const drag = useRef<{ start: number; size: number } | null>(null);
  const sign = invert ? -1 : 1;
  const clamp = (px: number) => Math.round(Math.min(Math.max(px, min), max));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? STEP * 4 : STEP;
    const grow = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    const shrink = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    let next: number | null = null;
    if (event.key === grow) next = value + sign * step;
    else if (event.key === shrink) next = value - sign * step;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    onChange(clamp(next));
  };

  const position = (event: PointerEvent) =>
    orientation === 'vertical' ? event.clientX : event.clientY;

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-orientation={orientation}
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`splitter splitter-${orientation}`}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { start: position(event), size: value };
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        onChange(clamp(drag.current.size + sign * (position(event) - drag.current.start)));
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
    />
  );
}
