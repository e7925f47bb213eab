import { useWidgetT } from '../i18n/widget-i18n-context';
import type { DeliveryState } from './widget-message';

export function DeliveryMark({ state, onRetry }: { state: DeliveryState; onRetry?: () => void }) {
  const t = useWidgetT();
  return (
    <span className={`delivery delivery--${state}`}>
      {t(`delivery.${state}`)}
      {state === 'failed' && onRetry ? (
        <>
          {' '}
          <button className="link-button" type="button" onClick={onRetry}>
            {t('delivery.retry')}
          </button>
        </>
      ) : null}
    </span>
  );
}
