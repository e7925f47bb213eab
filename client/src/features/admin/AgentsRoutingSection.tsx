import { useState } from 'react';
import type { AgentSkillsView } from '@shared/schemas/admin-routing';
import { useT } from '../../app/i18n/i18n-context';
import { DataTable } from '../../ui/DataTable';
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
    <AdminSection
      title={t('admin.agents.heading')}
      query={agents}
      emptyText={t('admin.agents.none')}
      renderItems={(items) => (
        <DataTable
          caption={t('admin.agents.table')}
          rows={items}
          rowKey={(agent) => agent.id}
          columns={[
            { key: 'name', header: t('admin.agents.col.name'), rowHeader: true, cell: (agent) => agent.displayName },
            { key: 'role', header: t('admin.agents.col.role'), cell: (agent) => t(`role.${agent.role}`) },
            {
              key: 'skills',
              header: t('admin.agents.col.skills'),
              cell: (agent) =>
                agent.skills.length > 0 ? (
                  agent.skills.join(', ')
                ) : (
                  <span className="muted">{t('admin.agents.noSkills')}</span>
                ),
            },
            { key: 'voice', header: t('admin.agents.col.voice'), cell: (agent) => agent.capacity.voice },
            { key: 'chat', header: t('admin.agents.col.chat'), cell: (agent) => agent.capacity.chat },
            { key: 'email', header: t('admin.agents.col.email'), cell: (agent) => agent.capacity.email },
            {
              key: 'chatsDuringCall',
              header: t('admin.agents.col.chatsDuringCall'),
              cell: (agent) => (agent.keepsChatsDuringCall ? t('admin.agents.yes') : t('admin.agents.no')),
            },
          ]}
          actions={{
            header: t('admin.agents.col.actions'),
            cell: (agent) => (
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
            ),
          }}
        />
      )}
    >
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
