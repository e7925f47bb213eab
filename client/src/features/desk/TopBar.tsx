import type { Agent } from '@shared/schemas/agent';
import { useT } from '../../app/i18n/i18n-context';
import { viewsFor, type AppView } from '../../app/view-route';
import { LanguageSelect } from '../locale';
import { ConnectionIndicator } from './ConnectionIndicator';
import { PresenceSelect } from './PresenceSelect';
import { SignOutButton } from './SignOutButton';
import { ViewNav } from './ViewNav';

export function TopBar({ agent, view }: { agent: Agent; view: AppView }) {
  const t = useT();
  const views = viewsFor(agent.role);
  return (
    <header className="topbar">
      <h1 className="topbar__brand">{t('app.name')}</h1>
      {views.length > 1 ? <ViewNav current={view} views={views} /> : null}
      <ConnectionIndicator />
      <div className="topbar__spacer" />
      <p className="topbar__agent">
        <span className="topbar__agent-name">{agent.displayName}</span>
        <span className="topbar__agent-role">{t(`role.${agent.role}`)}</span>
      </p>
      <PresenceSelect agent={agent} />
      <LanguageSelect />
      <SignOutButton />
    </header>
  );
}
