// First: zod must be jitless before any schema is built (CSP, see the module).
import './lib/zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import './styles/base.css';
import './styles/forms.css';
import './styles/layout.css';
import './styles/meeting-lists.css';
import './styles/evenings.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
