import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';
import { DataTable } from '../../ui/DataTable';
import { AdminSection } from '../admin';
import { useNow } from '../../ui/useNow';
import { useQueueDepths } from './useQueueDepths';

/** Queues as they are now: how many contacts wait, and how long the oldest has; live. */
export function QueueDepthSection() {
  const t = useT();
  const format = useFormat();
  const depths = useQueueDepths();
  const now = useNow(1_000);

  return (
    <AdminSection
      title={t('supervision.queues.heading')}
      query={depths}
      emptyText={t('supervision.queues.none')}
      renderItems={(items) => (
        <DataTable
          caption={t('supervision.queues.heading')}
          rows={items}
          rowKey={(row) => row.queueId}
          columns={[
            { key: 'queue', header: t('supervision.queues.col.queue'), rowHeader: true, cell: (row) => row.queueName },
            {
              key: 'waiting',
              header: t('supervision.queues.col.waiting'),
              cell: (row) => (row.waiting > 0 ? <Badge tone="warning">{row.waiting}</Badge> : row.waiting),
            },
            {
              key: 'longest',
              header: t('supervision.queues.col.longest'),
              cell: (row) =>
                row.oldestWaitingSince ? (
                  format.duration(Math.max(0, (now - Date.parse(row.oldestWaitingSince)) / 1000))
                ) : (
                  <span className="muted">{t('supervision.queues.nobodyWaiting')}</span>
                ),
            },
          ]}
        />
      )}
    />
  );
}
