import { addCatalogs, switchLocale } from '@edutrack/i18n/browser';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { callCatalogs } from '../../src/i18n/call-catalogs.ts';
import { createFakeMediaDevices, FakeMediaStream, FakeMediaStreamTrack } from './fake-media.ts';

// The screens' English messages, as a parent whose browser is in English sees them.
await addCatalogs(callCatalogs);
await switchLocale('en');

// jsdom implements neither media streams nor playback; daily-react's DailyVideo / DailyAudio call both.
Object.assign(globalThis, { MediaStream: FakeMediaStream, MediaStreamTrack: FakeMediaStreamTrack });
Object.defineProperty(HTMLMediaElement.prototype, 'play', { configurable: true, value: () => Promise.resolve() });
Object.defineProperty(HTMLMediaElement.prototype, 'pause', { configurable: true, value: () => undefined });
Object.defineProperty(HTMLMediaElement.prototype, 'load', { configurable: true, value: () => undefined });

beforeEach(() => {
  // daily-react only lists devices when the browser has mediaDevices.
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: createFakeMediaDevices() });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
