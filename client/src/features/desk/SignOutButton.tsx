import { useT } from '../../app/i18n/i18n-context';
import { useLogout } from '../auth';

export function SignOutButton() {
  const t = useT();
  const logout = useLogout();
  return (
    <>
      <button
        className="button button--ghost"
        type="button"
        onClick={() => logout.mutate()}
        aria-busy={logout.isPending}
      >
        {t('signOut.button')}
      </button>
      {logout.isError ? (
        <span className="topbar__error" role="alert">
          {t('signOut.failed')}
        </span>
      ) : null}
    </>
  );
}
