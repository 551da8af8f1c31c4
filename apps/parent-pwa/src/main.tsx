import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { addCatalogs, switchLocale } from '@edutrack/i18n/browser';
import { App } from './app.tsx';
import { parentCatalogs } from './i18n/catalogs.ts';
import { chosenLanguage } from './i18n/chosen-language.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/forms.css';

// The first screen waits for its language's messages (a small chunk, precached for offline use).
void addCatalogs(parentCatalogs)
  .then(() => switchLocale(chosenLanguage()))
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
