import { useRef } from 'react';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { useLoadWhenVisible } from './useLoadWhenVisible';

interface OlderEventsLoaderProps {
  hasOlder: boolean;
  loading: boolean;
  /** The last attempt failed: wait for the agent to retry rather than hammer the server. */
  error: unknown;
  loadOlder(): void;
}

/** Loads older pages as the agent scrolls; the button is the keyboard and fallback path. */
export function OlderEventsLoader({ hasOlder, loading, error, loadOlder }: OlderEventsLoaderProps) {
  const t = useT();
  const sentinel = useRef<HTMLDivElement>(null);
  useLoadWhenVisible(sentinel, hasOlder && !loading && !error, loadOlder);

  if (!hasOlder) return <p className="timeline__end">{t('timeline.end')}</p>;
  return (
    <div className="timeline__more" ref={sentinel}>
      {error ? (
        <p className="timeline__more-error" role="alert">
          {t(errorMessageKey(error))}
        </p>
      ) : null}
      <button className="button" type="button" onClick={() => loading || loadOlder()} aria-busy={loading}>
        {loading ? t('timeline.loadingOlder') : t('timeline.loadOlder')}
      </button>
    </div>
  );
}
