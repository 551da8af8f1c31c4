import { addCatalogs, switchLocale } from '@edutrack/i18n/browser';
import { onlineManager } from '@tanstack/react-query';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { parentCatalogs } from '../../../src/i18n/catalogs.ts';

// The app's English messages, as a parent whose browser is in English sees them.
await addCatalogs(parentCatalogs);
await switchLocale('en');

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  onlineManager.setOnline(true);
  window.history.replaceState(null, '', '/');
});
