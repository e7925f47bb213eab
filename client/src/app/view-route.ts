import { useSyncExternalStore } from 'react';

/** The two screens a signed-in admin moves between; kept in the hash so a reload stays put. */
export type AppView = 'desk' | 'admin';

export const VIEW_HREF: Record<AppView, string> = { desk: '#/', admin: '#/admin' };

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The view the address asks for; whether the agent may see it is the caller's decision. */
export function useRequestedView(): AppView {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  return hash === VIEW_HREF.admin ? 'admin' : 'desk';
}
