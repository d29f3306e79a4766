import { useAppStore } from '../../state';
import { useMediaQuery } from './useMediaQuery';

/** The theme in effect: the user's choice, or the system's when they chose `system`. */
export function useResolvedTheme(): 'light' | 'dark' {
  const theme = useAppStore((s) => s.theme);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}
