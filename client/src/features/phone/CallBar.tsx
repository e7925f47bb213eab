import type { CallView } from '@shared/schemas/call';
import { useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';
import { CallTimer } from './CallTimer';

const STATE_TONES = {
  ringing: 'warning',
  active: 'success',
  held: 'info',
  wrap_up: 'neutral',
  ended: 'neutral',
  missed: 'danger',
} as const;

/** State, running time and who answered, for one live call. */
export function CallBar({ call }: { call: CallView }) {
  const t = useT();
  return (
    <div className="call-bar" data-state={call.state}>
      {/* The state is announced when it changes; the running timer is not (it would speak every second). */}
      <span role="status">
        <Badge tone={STATE_TONES[call.state]}>{t(`phone.state.${call.state}`)}</Badge>
      </span>
      <CallTimer call={call} />
      {call.agent && call.state !== 'ringing' ? (
        <span className="call-bar__agent">{t('phone.answeredBy', { name: call.agent.name })}</span>
      ) : null}
    </div>
  );
}
