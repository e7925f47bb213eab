import { useState } from 'react';
import type { WeekDay } from '@shared/schemas/admin-routing';
import { useT } from '../../app/i18n/i18n-context';
import { QueueForm } from './QueueForm';
import { draftOfQueue, emptyQueueDraft, summariseHours, type QueueDraft } from './queue-draft';
import { useQueues } from './useQueues';
import { AdminSection } from './AdminSection';

/** Where contacts wait: channels, skills, priority, opening hours and service-level target. No delete: queues have history. */
export function QueuesSection() {
  const t = useT();
  const queues = useQueues();
  const [draft, setDraft] = useState<QueueDraft>(emptyQueueDraft);
  const dayName = (day: WeekDay) => t(`admin.dayShort.${day}`);

  return (
    <AdminSection title={t('admin.queues.heading')} query={queues} emptyText={t('admin.queues.none')} renderItems={(items) => (
        <table className="data-table">
          <caption className="visually-hidden">{t('admin.queues.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.queues.col.name')}</th>
              <th scope="col">{t('admin.queues.col.channels')}</th>
              <th scope="col">{t('admin.queues.col.skills')}</th>
              <th scope="col">{t('admin.queues.col.priority')}</th>
              <th scope="col">{t('admin.queues.col.hours')}</th>
              <th scope="col">{t('admin.queues.col.timeZone')}</th>
              <th scope="col">{t('admin.queues.col.serviceLevel')}</th>
              <th scope="col">{t('admin.queues.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((queue) => {
              const hours = summariseHours(queue.businessHours, dayName);
              return (
                <tr key={queue.id}>
                  <th scope="row">{queue.name}</th>
                  <td>{queue.channels.map((channel) => t(`channel.${channel}`)).join(', ')}</td>
                  <td>{queue.requiredSkills.length > 0 ? queue.requiredSkills.join(', ') : <span className="muted">{t('admin.queues.noSkills')}</span>}</td>
                  <td>{queue.priority}</td>
                  <td>{hours.length > 0 ? hours.map((line) => <div key={line}>{line}</div>) : <span className="muted">{t('admin.queues.closedAllWeek')}</span>}</td>
                  <td>{queue.timeZone}</td>
                  <td>{t('admin.queues.serviceLevelValue', { percent: queue.serviceLevelPercent, seconds: queue.serviceLevelSeconds })}</td>
                  <td className="data-table__actions">
                    <button
                      className="button button--ghost"
                      type="button"
                      aria-label={t('admin.queues.editNamed', { name: queue.name })}
                      onClick={() => setDraft(draftOfQueue(queue))}
                    >
                      {t('admin.queues.edit')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
            )}>
      <QueueForm draft={draft} onDraftChange={setDraft} />
    </AdminSection>
  );
}
