import { useRef, useState, type ReactNode } from 'react';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { SearchResults } from './SearchResults';
import { useDebouncedValue } from '../../ui/useDebouncedValue';

const TYPING_PAUSE_MS = 250;

/** A customer search where choosing a result links something (a call, a chat) to that customer. */
export function CustomerLinkSearch(props: {
  label: string;
  busy: boolean;
  error: unknown;
  onPick(customerId: string): void;
  children?: ReactNode;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [term] = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const listRef = useRef<HTMLUListElement>(null);

  return (
    <div className="link-customer" aria-busy={props.busy}>
      <Field label={props.label} hint={t('search.placeholder')}>
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
          if (!props.busy) props.onPick(customerId);
        }}
      />
      {props.error ? <Banner tone="danger" role="alert" title={t(errorMessageKey(props.error))} /> : null}
      {props.children}
    </div>
  );
}
