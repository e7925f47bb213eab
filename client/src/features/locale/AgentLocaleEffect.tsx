import { useEffect } from 'react';
import { useLocale } from '../../app/i18n/i18n-context';
import { useMe } from '../auth';

/** The language saved on the agent's profile wins over this browser's default. Renders nothing. */
export function AgentLocaleEffect() {
  const { setLocale } = useLocale();
  const agentLocale = useMe().data?.locale ?? null;

  useEffect(() => {
    if (agentLocale) setLocale(agentLocale);
  }, [agentLocale, setLocale]);

  return null;
}
