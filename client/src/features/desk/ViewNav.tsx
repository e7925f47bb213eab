import { useT } from '../../app/i18n/i18n-context';
import { VIEW_HREF, type AppView } from '../../app/view-route';

/** Desk or administration, for admins; plain links so the address (and a reload) keeps the view. */
export function ViewNav({ current }: { current: AppView }) {
  const t = useT();
  const link = (view: AppView, label: string) => (
    <a className="topbar__nav-link" href={VIEW_HREF[view]} aria-current={view === current ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <nav className="topbar__nav" aria-label={t('nav.label')}>
      {link('desk', t('nav.desk'))}
      {link('admin', t('nav.admin'))}
    </nav>
  );
}
