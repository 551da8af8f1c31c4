import { addCatalogs, catalogLoader, switchLocale } from '@edutrack/i18n/browser';
import { onlineManager } from '@tanstack/react-query';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// All the app's English messages (the app loads each screen's with it), as a parent whose browser is in
// English sees them.
await addCatalogs(catalogLoader(import.meta.glob('../../../locales/*/*.json', { import: 'default' }), {}));
await switchLocale('en');

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  onlineManager.setOnline(true);
  window.history.replaceState(null, '', '/');
});
