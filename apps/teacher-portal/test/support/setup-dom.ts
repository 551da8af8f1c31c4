import { addCatalogs, switchLocale } from '@edutrack/i18n/browser';
import { callCatalogs } from '@edutrack/call-ui';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { staffCatalogs } from '../../src/i18n/catalogs.ts';

// The portal's English messages (a school whose locale is English).
await addCatalogs(staffCatalogs);
await addCatalogs(callCatalogs);
await switchLocale('en');

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  sessionStorage.clear();
});
