import { useRef, useState } from 'react';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { SearchResults } from '../customer/SearchResults';
import { useDebouncedValue } from '../customer/useDebouncedValue';
import { useLinkChatCustomer } from './useLinkChatCustomer';

const TYPING_PAUSE_MS = 250;

/** The customer search, where choosing a result links the chat (and its transcript) to that customer. */
export function LinkChatCustomer({ chatId, onLinked, onCancel }: { chatId: string; onLinked(customerId: string): void; onCancel(): void }) {
  const t = useT();
  const link = useLinkChatCustomer(chatId);
  const [text, setText] = useState('');
  const [term] = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const listRef = useRef<HTMLUListElement>(null);

  return (
    <div className="link-customer" aria-busy={link.isPending}>
      <Field label={t('chat.link.search')} hint={t('search.placeholder')}>
        {(control) => (
          <input {...control} className="input" type="search" autoComplete="off" spellCheck={false} value={text} onChange={(event) => setText(event.target.value)} />
        )}
      </Field>
      <SearchResults
        term={term}
        selectedCustomerId={null}
        listRef={listRef}
        onOpen={(customerId) => {
          if (!link.isPending) link.mutate(customerId, { onSuccess: () => onLinked(customerId) });
        }}
      />
      {link.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(link.error))} /> : null}
      <button className="button button--ghost" type="button" onClick={onCancel}>
        {t('chat.link.cancel')}
      </button>
    </div>
  );
}
