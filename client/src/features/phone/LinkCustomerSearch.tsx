import { useRef, useState } from 'react';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { SearchResults } from '../customer/SearchResults';
import { useDebouncedValue } from '../customer/useDebouncedValue';
import { useLinkCall } from './useLinkCall';

const TYPING_PAUSE_MS = 250;

interface LinkCustomerSearchProps {
  callId: string;
  onLinked(customerId: string): void;
}

/** The customer search, where choosing a result links the call to that customer. */
export function LinkCustomerSearch({ callId, onLinked }: LinkCustomerSearchProps) {
  const t = useT();
  const linkCall = useLinkCall();
  const [text, setText] = useState('');
  const [term] = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const listRef = useRef<HTMLUListElement>(null);

  return (
    <div className="link-customer" aria-busy={linkCall.isPending}>
      <Field label={t('phone.link.search')} hint={t('search.placeholder')}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <SearchResults
        term={term}
        selectedCustomerId={null}
        listRef={listRef}
        onOpen={(customerId) => {
          if (!linkCall.isPending) linkCall.mutate({ callId, customerId }, { onSuccess: () => onLinked(customerId) });
        }}
      />
      {linkCall.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(linkCall.error))} /> : null}
    </div>
  );
}
