import { useT } from '../../app/i18n/i18n-context';
import { CustomerLinkSearch } from '../customer';
import { useLinkChatCustomer } from './useLinkChatCustomer';

/** The customer search, where choosing a result links the chat (and its transcript) to that customer. */
export function LinkChatCustomer({
  chatId,
  onLinked,
  onCancel,
}: {
  chatId: string;
  onLinked(customerId: string): void;
  onCancel(): void;
}) {
  const t = useT();
  const link = useLinkChatCustomer(chatId);
  return (
    <CustomerLinkSearch
      label={t('chat.link.search')}
      busy={link.isPending}
      error={link.isError ? link.error : null}
      onPick={(customerId) => link.mutate(customerId, { onSuccess: () => onLinked(customerId) })}
    >
      <button className="button button--ghost" type="button" onClick={onCancel}>
        {t('chat.link.cancel')}
      </button>
    </CustomerLinkSearch>
  );
}
