import type { CallView } from '@shared/schemas/call';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Ticker } from '../../ui/Ticker';

function secondsBetween(fromIso: string, now: number): number {
  return Math.max(0, (now - Date.parse(fromIso)) / 1000);
}

/** The one running figure that matters in each state, computed from the call's timestamps. */
export function CallTimer({ call }: { call: CallView }) {
  const t = useT();
  const format = useFormat();
  return (
    <span className="call-bar__timer">
      <Ticker>
        {(now) => {
          switch (call.state) {
            case 'ringing':
              return t('phone.timer.waiting', { duration: format.duration(secondsBetween(call.startedAt, now)) });
            case 'active':
              return t('phone.timer.talk', {
                duration: format.duration(secondsBetween(call.answeredAt ?? call.startedAt, now) - call.holdSeconds),
              });
            case 'held':
              return t('phone.timer.heldSince', {
                time: format.clockTime(call.heldSince ?? call.startedAt),
                duration: format.duration(secondsBetween(call.heldSince ?? call.startedAt, now)),
              });
            case 'wrap_up':
              // Talk, hold and wrap-up so far: everything since the agent picked up.
              return t('phone.timer.handle', {
                duration: format.duration(secondsBetween(call.answeredAt ?? call.startedAt, now)),
              });
            default:
              return null;
          }
        }}
      </Ticker>
    </span>
  );
}
