import { useState } from 'react';
import type { WeekDay } from '@shared/schemas/admin-routing';
import { useT } from '../../app/i18n/i18n-context';
import { DataTable } from '../../ui/DataTable';
import { QueueForm } from './QueueForm';
import { draftOfQueue, emptyQueueDraft, summariseHours, type QueueDraft } from './queue-draft';
import { useQueues } from './useQueues';
import { AdminSection } from './AdminSection';

/** Where contacts wait: channels, skills, priority, opening hours and service-level target. No delete: queues have history. */
export function QueuesSection() {
  const t = useT();
  const queues = useQueues();
  // Each Edit starts the form afresh from that queue (a new revision re-keys it); emptying it after a save keeps the form and its note.
  const [editing, setEditing] = useState<{ draft: QueueDraft; revision: number }>(() => ({
    draft: emptyQueueDraft(),
    revision: 0,
  }));
  const dayName = (day: WeekDay) => t(`admin.dayShort.${day}`);

  return (
    <AdminSection
      title={t('admin.queues.heading')}
      query={queues}
      emptyText={t('admin.queues.none')}
      renderItems={(items) => (
        <DataTable
          caption={t('admin.queues.table')}
          rows={items}
          rowKey={(queue) => queue.id}
          columns={[
            { key: 'name', header: t('admin.queues.col.name'), rowHeader: true, cell: (queue) => queue.name },
            {
              key: 'channels',
              header: t('admin.queues.col.channels'),
              cell: (queue) => queue.channels.map((channel) => t(`channel.${channel}`)).join(', '),
            },
            {
              key: 'skills',
              header: t('admin.queues.col.skills'),
              cell: (queue) =>
                queue.requiredSkills.length > 0 ? (
                  queue.requiredSkills.join(', ')
                ) : (
                  <span className="muted">{t('admin.queues.noSkills')}</span>
                ),
            },
            { key: 'priority', header: t('admin.queues.col.priority'), cell: (queue) => queue.priority },
            {
              key: 'hours',
              header: t('admin.queues.col.hours'),
              cell: (queue) => {
                const hours = summariseHours(queue.businessHours, dayName);
                return hours.length > 0 ? (
                  hours.map((line) => <div key={line}>{line}</div>)
                ) : (
                  <span className="muted">{t('admin.queues.closedAllWeek')}</span>
                );
              },
            },
            { key: 'timeZone', header: t('admin.queues.col.timeZone'), cell: (queue) => queue.timeZone },
            {
              key: 'serviceLevel',
              header: t('admin.queues.col.serviceLevel'),
              cell: (queue) =>
                t('admin.queues.serviceLevelValue', {
                  percent: queue.serviceLevelPercent,
                  seconds: queue.serviceLevelSeconds,
                }),
            },
          ]}
          actions={{
            header: t('admin.queues.col.actions'),
            cell: (queue) => (
              <button
                className="button button--ghost"
                type="button"
                aria-label={t('admin.queues.editNamed', { name: queue.name })}
                onClick={() =>
                  setEditing((current) => ({ draft: draftOfQueue(queue), revision: current.revision + 1 }))
                }
              >
                {t('admin.queues.edit')}
              </button>
            ),
          }}
        />
      )}
    >
      <QueueForm
        key={editing.revision}
        initial={editing.draft}
        onReset={() => setEditing((current) => ({ draft: emptyQueueDraft(), revision: current.revision }))}
      />
    </AdminSection>
  );
}
