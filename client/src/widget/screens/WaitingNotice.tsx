import { useWidgetT } from '../i18n/widget-i18n-context';

interface WaitingNoticeProps {
  /** 1 for "next"; null when the server does not say. */
  position: number | null;
  estimatedWaitSeconds: number | null;
}

/** While no adviser has joined: where the visitor stands, and roughly how long it may take. */
export function WaitingNotice({ position, estimatedWaitSeconds }: WaitingNoticeProps) {
  const t = useWidgetT();
  return (
    <section className="widget-waiting" role="status" aria-live="polite" aria-label={t('waiting.title')}>
      <p className="widget-waiting__title">{t('waiting.title')}</p>
      {position !== null ? (
        <p>{position <= 1 ? t('waiting.positionFirst') : t('waiting.position', { position })}</p>
      ) : null}
      {estimatedWaitSeconds !== null ? (
        <p>
          {estimatedWaitSeconds < 60
            ? t('waiting.estimateSoon')
            : t('waiting.estimate', { minutes: Math.round(estimatedWaitSeconds / 60) })}
        </p>
      ) : null}
      <p className="widget-muted">{t('waiting.keepOpen')}</p>
    </section>
  );
}
