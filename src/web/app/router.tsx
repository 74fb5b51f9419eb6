import { type MouseEvent, type ReactNode, useEffect, useRef, useSyncExternalStore } from 'react';

/** A tiny router over the History API: the console has a handful of pages under /console/. */
export const BASE = '/console';

export type Route =
  | { page: 'queue' }
  | { page: 'case'; id: string }
  | { page: 'audit' }
  | { page: 'dashboard' }
  | { page: 'campaigns' }
  | { page: 'campaign'; id: string }
  | { page: 'users' }
  | { page: 'search' }
  | { page: 'exports' }
  | { page: 'approvals' }
  | { page: 'retention' }
  | { page: 'registries' }
  | { page: 'namedActors' }
  | { page: 'system' }
  | { page: 'taxonomy' }
  | { page: 'supportResources' }
  | { page: 'password' }
  | { page: 'secondFactor' }
  | { page: 'passkeys' }
  | { page: 'setup' }
  | { page: 'takeReport' }
  | { page: 'callbacks' }
  | { page: 'warnings' }
  | { page: 'warning'; id: string }
  | { page: 'notFound' };

export function parseRoute(pathname: string): Route {
  const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'queue' };
  if (parts[0] === 'cases' && parts[1] && parts.length === 2) return { page: 'case', id: parts[1] };
  if (parts[0] === 'audit' && parts.length === 1) return { page: 'audit' };
  if (parts[0] === 'dashboard' && parts.length === 1) return { page: 'dashboard' };
  if (parts[0] === 'campaigns' && parts.length === 1) return { page: 'campaigns' };
  if (parts[0] === 'campaigns' && parts[1] && parts.length === 2) return { page: 'campaign', id: parts[1] };
  if (parts[0] === 'users' && parts.length === 1) return { page: 'users' };
  if (parts[0] === 'search' && parts.length === 1) return { page: 'search' };
  if (parts[0] === 'exports' && parts.length === 1) return { page: 'exports' };
  if (parts[0] === 'approvals' && parts.length === 1) return { page: 'approvals' };
  if (parts[0] === 'retention' && parts.length === 1) return { page: 'retention' };
  if (parts[0] === 'registries' && parts.length === 1) return { page: 'registries' };
  if (parts[0] === 'named-actors' && parts.length === 1) return { page: 'namedActors' };
  if (parts[0] === 'system' && parts.length === 1) return { page: 'system' };
  if (parts[0] === 'taxonomy' && parts.length === 1) return { page: 'taxonomy' };
  if (parts[0] === 'support-resources' && parts.length === 1) return { page: 'supportResources' };
  if (parts[0] === 'account' && parts[1] === 'password' && parts.length === 2) return { page: 'password' };
  if (parts[0] === 'account' && parts[1] === 'second-factor' && parts.length === 2)
    return { page: 'secondFactor' };
  if (parts[0] === 'account' && parts[1] === 'passkeys' && parts.length === 2) return { page: 'passkeys' };
  if (parts[0] === 'setup' && parts.length === 1) return { page: 'setup' };
  if (parts[0] === 'take-report' && parts.length === 1) return { page: 'takeReport' };
  if (parts[0] === 'callbacks' && parts.length === 1) return { page: 'callbacks' };
  if (parts[0] === 'duty-to-warn' && parts.length === 1) return { page: 'warnings' };
  if (parts[0] === 'duty-to-warn' && parts[1] && parts.length === 2) return { page: 'warning', id: parts[1] };
  return { page: 'notFound' };
}

const listeners = new Set<() => void>();
const subscribe = (fn: () => void) => {
  listeners.add(fn);
  window.addEventListener('popstate', fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('popstate', fn);
  };
};
const snapshot = () => window.location.pathname + window.location.search;

export function navigate(to: string) {
  window.history.pushState(null, '', to);
  for (const fn of listeners) fn();
}

export function useLocation(): string {
  return useSyncExternalStore(subscribe, snapshot);
}

export function useRoute(): Route {
  const location = useLocation();
  return parseRoute(location.split('?')[0] ?? '');
}

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className}>
      {children}
    </a>
  );
}

/**
 * Moves focus to the new page's main heading after navigation, so screen readers announce the page. A page
 * that loads its data shows its heading later: wait (briefly) for it to appear.
 */
export function useFocusHeadingOnNavigate(key: string) {
  const last = useRef(key);
  const watcher = useRef<MutationObserver | null>(null);
  useEffect(() => {
    if (last.current === key) return;
    last.current = key;
    watcher.current?.disconnect();
    const main = document.getElementById('main');
    if (!main) return;
    const focusHeading = () => {
      const h1 = main.querySelector<HTMLElement>('h1');
      if (!h1) return false;
      h1.tabIndex = -1;
      h1.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    watcher.current = observer;
    setTimeout(() => observer.disconnect(), 10_000);
  });
}
