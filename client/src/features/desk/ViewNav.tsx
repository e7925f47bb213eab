import { useT } from '../../app/i18n/i18n-context';
import { VIEW_HREF, type AppView } from '../../app/view-route';

const LABEL: Record<AppView, 'nav.desk' | 'nav.supervision' | 'nav.admin'> = {
  desk: 'nav.desk',
  supervision: 'nav.supervision',
  admin: 'nav.admin',
};

/** The screens this agent may open; plain links so the address (and a reload) keeps the view. */
export function ViewNav({ current, views }: { current: AppView; views: readonly AppView[] }) {
  const t = useT();
  return (
    <nav className="topbar__nav" aria-label={t('nav.label')}>
      {views.map((view) => (
        <a
          key={view}
          className="topbar__nav-link"
          href={VIEW_HREF[view]}
          aria-current={view === current ? 'page' : undefined}
        >
          {t(LABEL[view])}
        </a>
      ))}
    </nav>
  );
}
