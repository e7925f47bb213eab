import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { StatusMessage } from '../../ui/StatusMessage';

/*
 * Administration and Supervision are their own chunks: most agents never open them, so the desk's
 * first load does not carry them. Only these dynamic imports may name the two pages; a static
 * import anywhere else would pull them back into the desk chunk.
 */
const AdminPage = lazy(() => import('../admin/page').then((m) => ({ default: m.AdminPage })));
const SupervisionPage = lazy(() => import('../supervision/page').then((m) => ({ default: m.SupervisionPage })));

/**
 * A chunk that cannot be fetched (offline, or a release replaced the hashed files since this page
 * loaded) would otherwise take the whole desk down: the failure stays in the screen's place, and a
 * reload fetches the current release.
 */
class ScreenLoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function ScreenLoadFailed() {
  const t = useT();
  return (
    <Banner tone="danger" role="alert" title={t('app.screenLoadFailed')}>
      <button className="button" type="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </Banner>
  );
}

function LazyScreen({ loading, children }: { loading: string; children: ReactNode }) {
  return (
    <ScreenLoadBoundary fallback={<ScreenLoadFailed />}>
      <Suspense fallback={<StatusMessage>{loading}</StatusMessage>}>{children}</Suspense>
    </ScreenLoadBoundary>
  );
}

export function LazyAdminPage() {
  const t = useT();
  return (
    <LazyScreen loading={t('admin.loading')}>
      <AdminPage />
    </LazyScreen>
  );
}

export function LazySupervisionPage({ onOpenCustomer }: { onOpenCustomer: (customerId: string) => void }) {
  const t = useT();
  return (
    <LazyScreen loading={t('supervision.loading')}>
      <SupervisionPage onOpenCustomer={onOpenCustomer} />
    </LazyScreen>
  );
}
