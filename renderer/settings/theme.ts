/**
 * Settings > Theme: light, dark, or the OS's colour scheme followed live. The resolved theme is
 * written to `<html data-theme>`, which theme.css turns into colours; components that draw
 * colours themselves (stage lanes, previews) read it back with useResolvedTheme().
 */
import { useSyncExternalStore } from 'react';
import type { Settings } from '../../shared/host';

export type ThemeSetting = Settings['theme'];
export type ResolvedTheme = 'light' | 'dark';

const DARK_SCHEME = '(prefers-color-scheme: dark)';

let stopFollowingSystem: (() => void) | null = null;

export function applyThemeSetting(setting: ThemeSetting, root: HTMLElement = document.documentElement): ResolvedTheme {
  stopFollowingSystem?.();
  stopFollowingSystem = null;
  if (setting !== 'system') {
    root.dataset.theme = setting;
    return setting;
  }
  const query = window.matchMedia(DARK_SCHEME);
  const follow = () => (root.dataset.theme = query.matches ? 'dark' : 'light');
  follow();
  query.addEventListener('change', follow);
  stopFollowingSystem = () => query.removeEventListener('change', follow);
  return query.matches ? 'dark' : 'light';
}

function readTheme(): ResolvedTheme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** The theme on screen now; re-renders the caller when it changes (a setting, or the OS at night). */
export function useResolvedTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribe, readTheme, () => 'light');
}
