import { useT } from '../../app/i18n/i18n-context';
import { useRealtimeConnection } from '../../realtime/realtime-context';

export function ConnectionIndicator() {
  const t = useT();
  const { status } = useRealtimeConnection();
  return (
    <p className={`connection connection--${status}`} role="status">
      <span className="connection__dot" aria-hidden="true" />
      {t(`connection.${status}`)}
    </p>
  );
}
