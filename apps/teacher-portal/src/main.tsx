// First: zod must be jitless before any schema is built (CSP, see the module).
import './lib/zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { addCatalogs, switchLocale } from '@edutrack/i18n/browser';
import { callCatalogs } from '@edutrack/call-ui';
import { App } from './app.tsx';
import { staffCatalogs } from './i18n/catalogs.ts';
import './styles/base.css';
import './styles/forms.css';
import './styles/layout.css';
import './styles/meeting-lists.css';
import './styles/evenings.css';

void addCatalogs(staffCatalogs)
  .then(() => addCatalogs(callCatalogs))
  .then(() => switchLocale('en'))
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
