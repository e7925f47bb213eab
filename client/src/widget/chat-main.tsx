import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../api/http';
import { pickWidgetLocale } from './i18n/widget-translate';
import { connectVisitorSocket } from './session/visitor-socket';
import { WidgetApp } from './WidgetApp';
import './widget.css';

const root = document.getElementById('chat-root');
if (!root) throw new Error('chat.html has no #chat-root element');

const params = new URLSearchParams(window.location.search);
// A refusal (4xx) will not fix itself; a network or server failure may.
const retry = (failures: number, error: unknown) =>
  !(error instanceof ApiRequestError && error.status < 500) && failures < 2;
const queryClient = new QueryClient({ defaultOptions: { queries: { retry }, mutations: { retry: false } } });

createRoot(root).render(
  <StrictMode>
    <WidgetApp
      queryClient={queryClient}
      socketFactory={connectVisitorSocket}
      locale={pickWidgetLocale(window.location.search, navigator.languages)}
      presetTopicId={params.get('topic')}
      embedded={params.get('embed') === '1'}
    />
  </StrictMode>,
);
