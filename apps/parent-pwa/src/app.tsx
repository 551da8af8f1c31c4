import { Router } from 'wouter';
import { localeInUse } from '@edutrack/i18n/browser';
import { createApiClient } from '@edutrack/web-kit';
import { ApiProvider } from './api/api-provider.tsx';
import { createPersistOptions, deviceStorage } from './api/cache-persistence.ts';
import { createParentQueryClient, trustBrowserOnlineState } from './api/query-client.ts';
import { chosenLanguage } from './i18n/chosen-language.ts';
import { AppRoutes } from './routes/app-routes.tsx';
import { NoticeProvider } from './layout/notice.tsx';
import { AfterPageLoad } from './pwa/after-page-load.tsx';

trustBrowserOnlineState();
const queryClient = createParentQueryClient();
const trpcClient = createApiClient({ language: () => localeInUse() || chosenLanguage() });
const persistOptions = createPersistOptions(deviceStorage());

export function App() {
  return (
    <ApiProvider queryClient={queryClient} trpcClient={trpcClient} persistOptions={persistOptions}>
      <AfterPageLoad />
      <Router base={import.meta.env.BASE_URL.replace(/\/$/, '')}>
        <NoticeProvider>
          <AppRoutes />
        </NoticeProvider>
      </Router>
    </ApiProvider>
  );
}
