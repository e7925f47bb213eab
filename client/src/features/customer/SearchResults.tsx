import type { KeyboardEvent, RefObject } from 'react';
import type { CustomerSearchHit } from '@shared/schemas/customer';
import { formatPhoneInternational } from '@shared/utils/phone-display';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { StatusMessage } from '../../ui/StatusMessage';
import { useCustomerSearch } from './useCustomerSearch';

interface SearchResultsProps {
  term: string;
  selectedCustomerId: string | null;
  onOpen(customerId: string): void;
  listRef: RefObject<HTMLUListElement | null>;
}

/** Up and down arrows walk the result buttons. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  if (step === 0) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll('button'));
  const next = buttons[buttons.indexOf(document.activeElement as HTMLButtonElement) + step];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

function ResultButton({
  hit,
  selected,
  onOpen,
}: {
  hit: CustomerSearchHit;
  selected: boolean;
  onOpen(id: string): void;
}) {
  const t = useT();
  const facts = [
    { slot: 'phone', text: hit.primaryPhone ? formatPhoneInternational(hit.primaryPhone) : null },
    { slot: 'email', text: hit.primaryEmail },
    { slot: 'city', text: hit.city },
  ];
  return (
    <button
      className="result"
      type="button"
      aria-current={selected ? 'true' : undefined}
      onClick={() => onOpen(hit.id)}
    >
      <span className="result__name">{hit.displayName}</span>
      {facts.map(({ slot, text }) =>
        text ? (
          <span className="result__fact" key={slot}>
            {text}
          </span>
        ) : null,
      )}
      <span className="result__match">{t('search.matchedBy', { field: t(`search.match.${hit.matchedBy}`) })}</span>
    </button>
  );
}

export function SearchResults({ term, selectedCustomerId, onOpen, listRef }: SearchResultsProps) {
  const t = useT();
  const search = useCustomerSearch(term);

  if (term === '') return null;
  if (search.isPending) return <StatusMessage>{t('search.searching')}</StatusMessage>;
  if (search.isError) return <Banner tone="danger" role="alert" title={t(errorMessageKey(search.error))} />;

  const { items } = search.data;
  if (items.length === 0) {
    return (
      <StatusMessage>
        {search.isPlaceholderData ? t('search.searching') : t('search.noResults', { term })}
      </StatusMessage>
    );
  }
  return (
    <ul
      className="results"
      aria-label={t('search.results')}
      aria-busy={search.isPlaceholderData}
      ref={listRef}
      onKeyDown={moveFocus}
    >
      {items.map((hit) => (
        <li key={hit.id}>
          <ResultButton hit={hit} selected={hit.id === selectedCustomerId} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}
