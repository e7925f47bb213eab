import { useId, useState } from 'react';
import type { AgentSkillsView } from '@shared/schemas/admin-routing';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { StatusMessage } from '../../ui/StatusMessage';
import { AgentRoutingForm } from './AgentRoutingForm';
import { useRoutingAgents } from './useRoutingAgents';

/** What each agent can handle (skills) and how much at once (capacity per channel). */
export function AgentsRoutingSection() {
  const t = useT();
  const headingId = useId();
  const agents = useRoutingAgents();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [saved, setSaved] = useState<AgentSkillsView | null>(null);
  const editing = agents.data?.find((agent) => agent.id === editingId) ?? null;

  return (
    <section className="admin-section" aria-labelledby={headingId}>
      <h2 className="admin-section__title" id={headingId}>
        {t('admin.agents.heading')}
      </h2>
      {agents.isPending ? <StatusMessage>{t('admin.loading')}</StatusMessage> : null}
      {agents.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(agents.error))} /> : null}
      {agents.data?.length === 0 ? <p className="muted">{t('admin.agents.none')}</p> : null}
      {agents.data && agents.data.length > 0 ? (
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
              <th scope="col">{t('admin.agents.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {agents.data.map((agent) => (
              <tr key={agent.id}>
                <th scope="row">{agent.displayName}</th>
                <td>{t(`role.${agent.role}`)}</td>
                <td>{agent.skills.length > 0 ? agent.skills.join(', ') : <span className="muted">{t('admin.agents.noSkills')}</span>}</td>
                <td>{agent.capacity.voice}</td>
                <td>{agent.capacity.chat}</td>
                <td>{agent.capacity.email}</td>
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
      ) : null}
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
    </section>
  );
}
