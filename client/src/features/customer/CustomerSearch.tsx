import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n/i18n-context';
import { Field } from '../../ui/Field';
import { SearchResults } from './SearchResults';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { customerSearchQuery } from './useCustomerSearch';

const TYPING_PAUSE_MS = 250;

interface CustomerSearchProps {
  selectedCustomerId: string | null;
  onOpen(customerId: string): void;
}

export function CustomerSearch({ selectedCustomerId, onOpen }: CustomerSearchProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [term, flushTerm] = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const resultsRef = useRef<HTMLUListElement>(null);

  /** Enter opens the first result, without waiting for the typing pause. */
  async function openFirstResult(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const current = text.trim();
    if (current === '') return;
    flushTerm();
    try {
      const { items } = await queryClient.fetchQuery(customerSearchQuery(current));
      if (items[0]) onOpen(items[0].id);
    } catch {
      // The result list shows the same failure.
    }
  }

  function focusResults(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'ArrowDown') return;
    const first = resultsRef.current?.querySelector('button');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="customer-search">
      <form role="search" aria-label={t('search.region')} onSubmit={(event) => void openFirstResult(event)}>
        <Field label={t('search.label')} hint={t('search.hint')}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="search"
              autoComplete="off"
              spellCheck={false}
              placeholder={t('search.placeholder')}
              value={text}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={focusResults}
            />
          )}
        </Field>
      </form>
      <SearchResults term={term} selectedCustomerId={selectedCustomerId} onOpen={onOpen} listRef={resultsRef} />
    </div>
  );
}
