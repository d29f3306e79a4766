import { useId } from 'react';
import { useAppStore } from '../../state';

/** Light, dark, or whatever the system prefers. */
export function ThemeSwitch() {
  const id = useId();
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <div className="header-field theme-field">
      <label htmlFor={id} className="visually-hidden">
        Theme
      </label>
      <select
        id={id}
        value={theme}
        data-testid="theme"
        title="Theme"
        onChange={(e) => {
          const next = e.target.value;
          if (next === 'light' || next === 'dark' || next === 'system') setTheme(next);
        }}
      >
        <option value="system">◐ System</option>
        <option value="light">☀ Light</option>
        <option value="dark">☾ Dark</option>
      </select>
    </div>
  );
}
