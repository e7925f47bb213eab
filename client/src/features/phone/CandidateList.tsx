import type { CallPop } from '@shared/schemas/call';
import { formatPhoneInternational } from '@shared/utils/phone-display';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { useLinkCall } from './useLinkCall';

interface CandidateListProps {
  pop: CallPop;
  onLinked(customerId: string): void;
}

/** Several customers share the number: the agent says which one is calling. */
export function CandidateList({ pop, onLinked }: CandidateListProps) {
  const t = useT();
  const linkCall = useLinkCall();
  return (
    <div className="caller-card">
      <h3 className="caller-card__title">{t('phone.ambiguous.title')}</h3>
      <p className="muted">{t('phone.ambiguous.hint')}</p>
      <ul className="plain-list candidates" aria-label={t('phone.ambiguous.candidates')}>
        {pop.candidates.map((candidate) => (
          <li key={candidate.id}>
            <button
              className="result"
              type="button"
              aria-busy={linkCall.isPending && linkCall.variables.customerId === candidate.id}
              disabled={linkCall.isPending}
              onClick={() =>
                linkCall.mutate(
                  { callId: pop.call.id, customerId: candidate.id },
                  { onSuccess: () => onLinked(candidate.id) },
                )
              }
            >
              <span className="result__name">{candidate.displayName}</span>
              {[
                {
                  slot: 'phone',
                  text: candidate.primaryPhone ? formatPhoneInternational(candidate.primaryPhone) : null,
                },
                { slot: 'email', text: candidate.primaryEmail },
                { slot: 'city', text: candidate.city },
              ].map(({ slot, text }) =>
                text ? (
                  <span className="result__fact" key={slot}>
                    {text}
                  </span>
                ) : null,
              )}
            </button>
          </li>
        ))}
      </ul>
      {linkCall.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(linkCall.error))} /> : null}
    </div>
  );
}
