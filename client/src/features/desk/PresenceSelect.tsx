import type { Agent, SelectablePresence } from '@shared/schemas/agent';
import { useT } from '../../app/i18n/i18n-context';
import { useSetPresence } from './useSetPresence';

const SELECTABLE_PRESENCES = ['available', 'away', 'offline'] as const satisfies readonly SelectablePresence[];

function isSelectable(value: string): value is SelectablePresence {
  return (SELECTABLE_PRESENCES as readonly string[]).includes(value);
}

/** Busy and wrap-up are set by the system: shown as the current state, never offered as a choice. */
export function PresenceSelect({ agent }: { agent: Agent }) {
  const t = useT();
  const setPresence = useSetPresence();
  const setBySystem = !isSelectable(agent.presence);

  return (
    <div className="presence" data-presence={agent.presence}>
      <label className="inline-field">
        <span className="inline-field__label">{t('presence.label')}</span>
        <span className="presence__dot" aria-hidden="true" />
        <select
          className="select"
          value={agent.presence}
          aria-busy={setPresence.isPending}
          onChange={(event) => {
            if (isSelectable(event.target.value)) setPresence.mutate(event.target.value);
          }}
        >
          {setBySystem ? (
            <option value={agent.presence} disabled>
              {t(`presence.${agent.presence}`)}
            </option>
          ) : null}
          {SELECTABLE_PRESENCES.map((presence) => (
            <option key={presence} value={presence}>
              {t(`presence.${presence}`)}
            </option>
          ))}
        </select>
      </label>
      {setPresence.isError ? (
        <span className="topbar__error" role="alert">
          {t('presence.changeFailed')}
        </span>
      ) : null}
    </div>
  );
}
