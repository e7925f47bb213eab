import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';
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
        <table className="data-table">
          <caption className="visually-hidden">{t('supervision.queues.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('supervision.queues.col.queue')}</th>
              <th scope="col">{t('supervision.queues.col.waiting')}</th>
              <th scope="col">{t('supervision.queues.col.longest')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((row) => (
              <tr key={row.queueId}>
                <th scope="row">{row.queueName}</th>
                <td>{row.waiting > 0 ? <Badge tone="warning">{row.waiting}</Badge> : row.waiting}</td>
                <td>
                  {row.oldestWaitingSince ? (
                    format.duration(Math.max(0, (now - Date.parse(row.oldestWaitingSince)) / 1000))
                  ) : (
                    <span className="muted">{t('supervision.queues.nobodyWaiting')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
