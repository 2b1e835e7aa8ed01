import { queries } from '../models/sheet-queries';

/** Applies the theme setting: 'system' follows the browser, the others force light or dark. */
export async function applyTheme(theme?: 'system' | 'light' | 'dark') {
  const chosen = theme ?? (await queries.settings()).theme;
  if (chosen === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = chosen;
}
