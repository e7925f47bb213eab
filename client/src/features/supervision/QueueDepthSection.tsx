import { useId } from 'react';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';
import { Banner } from '../../ui/Banner';
import { StatusMessage } from '../../ui/StatusMessage';
import { useNow } from '../timeline/useNow';
import { useQueueDepths } from './useQueueDepths';

/** Queues as they are now: how many contacts wait, and how long the oldest has; live. */
export function QueueDepthSection() {
  const t = useT();
  const format = useFormat();
  const headingId = useId();
  const depths = useQueueDepths();
  const now = useNow(1_000);

  return (
    <section className="admin-section" aria-labelledby={headingId}>
      <h2 className="admin-section__title" id={headingId}>
        {t('supervision.queues.heading')}
      </h2>
      {depths.isPending ? <StatusMessage>{t('supervision.loading')}</StatusMessage> : null}
      {depths.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(depths.error))} /> : null}
      {depths.data?.length === 0 ? <p className="muted">{t('supervision.queues.none')}</p> : null}
      {depths.data && depths.data.length > 0 ? (
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
            {depths.data.map((row) => (
              <tr key={row.queueId}>
                <th scope="row">{row.queueName}</th>
                <td>{row.waiting > 0 ? <Badge tone="warning">{row.waiting}</Badge> : row.waiting}</td>
                <td>{row.oldestWaitingSince ? format.duration(Math.max(0, (now - Date.parse(row.oldestWaitingSince)) / 1000)) : <span className="muted">{t('supervision.queues.nobodyWaiting')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
