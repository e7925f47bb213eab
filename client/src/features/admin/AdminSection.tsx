import { useId, type ReactNode } from 'react';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { StatusMessage } from '../../ui/StatusMessage';

interface ListQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T[] | undefined;
}

/**
 * One administration section: its heading, the loading / error / empty states of its list, the
 * list itself when there is something to show, then whatever follows (forms, action errors).
 */
export function AdminSection<T>(props: {
  title: string;
  query: ListQuery<T>;
  emptyText: string;
  renderItems: (items: T[]) => ReactNode;
  children?: ReactNode;
}) {
  const t = useT();
  const headingId = useId();
  const { query } = props;
  return (
    <section className="admin-section" aria-labelledby={headingId}>
      <h2 className="admin-section__title" id={headingId}>
        {props.title}
      </h2>
      {query.isPending ? <StatusMessage>{t('admin.loading')}</StatusMessage> : null}
      {query.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(query.error))} /> : null}
      {query.data?.length === 0 ? <p className="muted">{props.emptyText}</p> : null}
      {query.data && query.data.length > 0 ? props.renderItems(query.data) : null}
      {props.children}
    </section>
  );
}
