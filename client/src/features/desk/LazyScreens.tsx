import { lazy, Suspense } from 'react';
import { useT } from '../../app/i18n/i18n-context';
import { StatusMessage } from '../../ui/StatusMessage';

/*
 * Administration and Supervision are their own chunks: most agents never open them, so the desk's
 * first load does not carry them. Only these dynamic imports may name the two pages; a static
 * import anywhere else would pull them back into the desk chunk.
 */
const AdminPage = lazy(() => import('../admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const SupervisionPage = lazy(() => import('../supervision/SupervisionPage').then((m) => ({ default: m.SupervisionPage })));

export function LazyAdminPage() {
  const t = useT();
  return (
    <Suspense fallback={<StatusMessage>{t('admin.loading')}</StatusMessage>}>
      <AdminPage />
    </Suspense>
  );
}

export function LazySupervisionPage({ onOpenCustomer }: { onOpenCustomer: (customerId: string) => void }) {
  const t = useT();
  return (
    <Suspense fallback={<StatusMessage>{t('supervision.loading')}</StatusMessage>}>
      <SupervisionPage onOpenCustomer={onOpenCustomer} />
    </Suspense>
  );
}
