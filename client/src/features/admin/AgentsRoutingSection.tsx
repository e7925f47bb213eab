import { useState } from 'react';
import type { AgentSkillsView } from '@shared/schemas/admin-routing';
import { useT } from '../../app/i18n/i18n-context';
import { StatusMessage } from '../../ui/StatusMessage';
import { AgentRoutingForm } from './AgentRoutingForm';
import { useRoutingAgents } from './useRoutingAgents';
import { AdminSection } from './AdminSection';

/** What each agent can handle (skills) and how much at once (capacity per channel). */
export function AgentsRoutingSection() {
  const t = useT();
  const agents = useRoutingAgents();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [saved, setSaved] = useState<AgentSkillsView | null>(null);
  const editing = agents.data?.find((agent) => agent.id === editingId) ?? null;

  return (
    <AdminSection title={t('admin.agents.heading')} query={agents} emptyText={t('admin.agents.none')} renderItems={(items) => (
        <table className="data-table">
          <caption className="visually-hidden">{t('admin.agents.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.agents.col.name')}</th>
              <th scope="col">{t('admin.agents.col.role')}</th>
              <th scope="col">{t('admin.agents.col.skills')}</th>
              <th scope="col">{t('admin.agents.col.voice')}</th>
              <th scope="col">{t('admin.agents.col.chat')}</th>
              <th scope="col">{t('admin.agents.col.email')}</th>
              <th scope="col">{t('admin.agents.col.chatsDuringCall')}</th>
              <th scope="col">{t('admin.agents.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((agent) => (
              <tr key={agent.id}>
                <th scope="row">{agent.displayName}</th>
                <td>{t(`role.${agent.role}`)}</td>
                <td>{agent.skills.length > 0 ? agent.skills.join(', ') : <span className="muted">{t('admin.agents.noSkills')}</span>}</td>
                <td>{agent.capacity.voice}</td>
                <td>{agent.capacity.chat}</td>
                <td>{agent.capacity.email}</td>
                <td>{agent.keepsChatsDuringCall ? t('admin.agents.yes') : t('admin.agents.no')}</td>
                <td className="data-table__actions">
                  <button
                    className="button button--ghost"
                    type="button"
                    aria-label={t('admin.agents.editNamed', { name: agent.displayName })}
                    aria-expanded={editingId === agent.id}
                    onClick={() => {
                      setEditingId(agent.id);
                      setSaved(null);
                    }}
                  >
                    {t('admin.agents.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
            )}>
      {saved ? <StatusMessage>{t('admin.agents.saved', { name: saved.displayName })}</StatusMessage> : null}
      {editing ? (
        <AgentRoutingForm
          key={editing.id}
          agent={editing}
          onDone={(result) => {
            setEditingId(null);
            setSaved(result);
          }}
        />
      ) : null}
    </AdminSection>
  );
}
