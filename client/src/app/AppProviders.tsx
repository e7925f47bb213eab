import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RealtimeProvider } from '../realtime/RealtimeProvider';
import type { SocketFactory } from '../realtime/socket';
import { I18nProvider } from './i18n/I18nProvider';

export interface AppProvidersProps {
  queryClient: QueryClient;
  socketFactory: SocketFactory;
  children: ReactNode;
}

export function AppProviders({ queryClient, socketFactory, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <RealtimeProvider socketFactory={socketFactory}>{children}</RealtimeProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
