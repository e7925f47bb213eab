import { SignInPage } from '../features/auth/page';
import { useMe } from '../features/auth';
import { DeskPage } from '../features/desk/page';
import { AgentLocaleEffect } from '../features/locale';
import { Banner } from '../ui/Banner';
import { StatusMessage } from '../ui/StatusMessage';
import { errorMessageKey } from './i18n/error-messages';
import { useT } from './i18n/i18n-context';

/** Signed in or not decides the screen; the server's answer to `me.get` is the only judge. */
export function AppShell() {
  const t = useT();
  const me = useMe();

  if (me.isPending) {
    return (
      <div className="app-message">
        <StatusMessage>{t('app.loading')}</StatusMessage>
      </div>
    );
  }
  if (me.isLoadingError) {
    return (
      <div className="app-message">
        <Banner tone="danger" role="alert" title={t('app.startFailed')}>
          <p>{t(errorMessageKey(me.error))}</p>
          <button className="button" type="button" onClick={() => void me.refetch()}>
            {t('app.retry')}
          </button>
        </Banner>
      </div>
    );
  }
  return (
    <>
      <AgentLocaleEffect />
      {me.data ? <DeskPage agent={me.data} /> : <SignInPage />}
    </>
  );
}
