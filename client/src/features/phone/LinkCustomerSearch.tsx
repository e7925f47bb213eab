import { useT } from '../../app/i18n/i18n-context';
import { CustomerLinkSearch } from '../customer';
import { useLinkCall } from './useLinkCall';

interface LinkCustomerSearchProps {
  callId: string;
  onLinked(customerId: string): void;
}

/** The customer search, where choosing a result links the call to that customer. */
export function LinkCustomerSearch({ callId, onLinked }: LinkCustomerSearchProps) {
  const t = useT();
  const linkCall = useLinkCall();
  return (
    <CustomerLinkSearch
      label={t('phone.link.search')}
      busy={linkCall.isPending}
      error={linkCall.isError ? linkCall.error : null}
      onPick={(customerId) => linkCall.mutate({ callId, customerId }, { onSuccess: () => onLinked(customerId) })}
    />
  );
}
