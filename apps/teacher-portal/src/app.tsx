import { Router } from 'wouter';
import { ApiProvider } from './api/api-provider.tsx';
import { ToastProvider } from './components/toast/toast-provider.tsx';
import { AppRoutes } from './routes/app-routes.tsx';

/** The portal: API client and cache, toasts, and routes under the app's base path (/staff). */
export function App({ base = import.meta.env.BASE_URL.replace(/\/$/, '') }: { base?: string }) {
  return (
    <ApiProvider>
      <ToastProvider>
        <Router base={base}>
          <AppRoutes />
        </Router>
      </ToastProvider>
    </ApiProvider>
  );
}
