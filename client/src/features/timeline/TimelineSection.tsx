import { useCallback, useId, useMemo } from 'react';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { StatusMessage } from '../../ui/StatusMessage';
import { useMe } from '../auth';
import { NoteComposer } from './NoteComposer';
import { OlderEventsLoader } from './OlderEventsLoader';
import { flattenTimeline } from './timeline-cache';
import { TimelineEventArticle } from './TimelineEventArticle';
import { useNow } from '../../ui/useNow';
import { useTimeline } from './useTimeline';

/** The single view: everything that happened to the customer, on every channel, newest first. */
export function TimelineSection({ customerId }: { customerId: string }) {
  const t = useT();
  const headingId = useId();
  const timeline = useTimeline(customerId);
  // Admins run the system; notes on a customer come from the people who serve them (the API agrees).
  const canWriteNotes = useMe().data?.role !== 'admin';
  const now = useNow(60_000);
  const events = useMemo(() => flattenTimeline(timeline.data), [timeline.data]);
  const { fetchNextPage } = timeline;
  const loadOlder = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  return (
    <section className="timeline" aria-labelledby={headingId}>
      <h2 className="section-title" id={headingId}>
        {t('timeline.heading')}
      </h2>
      {canWriteNotes ? <NoteComposer customerId={customerId} /> : null}
      {timeline.isPending ? <StatusMessage>{t('timeline.loading')}</StatusMessage> : null}
      {timeline.isLoadingError || timeline.isRefetchError ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(timeline.error))}>
          <button className="button" type="button" onClick={() => void timeline.refetch()}>
            {t('app.retry')}
          </button>
        </Banner>
      ) : null}
      {timeline.isSuccess && events.length === 0 ? <StatusMessage>{t('timeline.empty')}</StatusMessage> : null}
      {events.length > 0 ? (
        <>
          <ol className="timeline__list" aria-label={t('timeline.heading')}>
            {events.map((event) => (
              <li key={event.id}>
                <TimelineEventArticle event={event} now={now} />
              </li>
            ))}
          </ol>
          <OlderEventsLoader
            hasOlder={timeline.hasNextPage}
            loading={timeline.isFetchingNextPage}
            error={timeline.isFetchNextPageError ? timeline.error : null}
            loadOlder={loadOlder}
          />
        </>
      ) : null}
    </section>
  );
}
