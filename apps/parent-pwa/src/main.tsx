import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { addCatalogs } from '@edutrack/i18n/browser';
import { App } from './app.tsx';
import { appCatalogs } from './i18n/catalogs.ts';
import { chosenLanguage } from './i18n/chosen-language.ts';
import { showLanguage } from './i18n/show-language.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/forms.css';

// The first screen waits for its language's messages (small chunks, precached for offline use); each
// screen adds its own when it loads (routes/app-routes.tsx).
void addCatalogs(appCatalogs)
  .then(() => showLanguage(chosenLanguage()))
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
