import { AppProviders, type AppProvidersProps } from './AppProviders';
import { AppShell } from './AppShell';

export type AppProps = Omit<AppProvidersProps, 'children'>;

export function App(props: AppProps) {
  return (
    <AppProviders {...props}>
      <AppShell />
    </AppProviders>
  );
}
