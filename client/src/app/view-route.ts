import { useSyncExternalStore } from 'react';
import type { Agent } from '@shared/schemas/agent';

/** The screens a signed-in agent may move between; kept in the hash so a reload stays put. */
export type AppView = 'desk' | 'supervision' | 'admin';

export const VIEW_HREF: Record<AppView, string> = { desk: '#/', supervision: '#/supervision', admin: '#/admin' };

/** Who may open which screen: the desk for everyone, supervision for supervisors and admins, administration for admins. */
export function viewsFor(role: Agent['role']): readonly AppView[] {
  if (role === 'admin') return ['desk', 'supervision', 'admin'];
  if (role === 'supervisor') return ['desk', 'supervision'];
  return ['desk'];
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The view the address asks for; whether the agent may see it is the caller's decision. */
export function useRequestedView(): AppView {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  if (hash === VIEW_HREF.admin) return 'admin';
  if (hash === VIEW_HREF.supervision) return 'supervision';
  return 'desk';
}

/** Moves to a view the way the nav links do, so the address (and a reload) keeps it. */
export function goToView(view: AppView): void {
  window.location.hash = VIEW_HREF[view];
}
