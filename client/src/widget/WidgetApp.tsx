import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { WidgetI18nProvider } from './i18n/WidgetI18nProvider';
import { useWidgetT } from './i18n/widget-i18n-context';
import type { WidgetLocale } from './i18n/widget-translate';
import { VisitorSessionProvider } from './session/VisitorSessionProvider';
import type { VisitorSocketFactory } from './session/visitor-socket';
import { WidgetScreen } from './WidgetScreen';

export interface WidgetAppProps {
  queryClient: QueryClient;
  socketFactory: VisitorSocketFactory;
  locale: WidgetLocale;
  presetTopicId: string | null;
  /** In the loader's iframe (`?embed=1`): the header offers to minimise it. */
  embedded: boolean;
}

/** The loader (/widget.js) listens for this message from our origin and hides its iframe. */
function minimise() {
  window.parent.postMessage({ type: 'omnidesk-chat:close' }, '*');
}

function WidgetLayout({ presetTopicId, embedded }: { presetTopicId: string | null; embedded: boolean }) {
  const t = useWidgetT();
  return (
    <div className="widget">
      <header className="widget__header">
        <h1 className="widget__heading">{t('widget.heading')}</h1>
        {embedded ? (
          <button className="widget__minimise" type="button" onClick={minimise}>
            {t('widget.minimise')}
          </button>
        ) : null}
      </header>
      <main className="widget__body">
        <WidgetScreen presetTopicId={presetTopicId} />
      </main>
    </div>
  );
}

/** The customer's chat: the /chat page, standalone or framed by /widget.js on any site. */
export function WidgetApp({ queryClient, socketFactory, locale, presetTopicId, embedded }: WidgetAppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <WidgetI18nProvider locale={locale}>
        <VisitorSessionProvider socketFactory={socketFactory}>
          <WidgetLayout presetTopicId={presetTopicId} embedded={embedded} />
        </VisitorSessionProvider>
      </WidgetI18nProvider>
    </QueryClientProvider>
  );
}
