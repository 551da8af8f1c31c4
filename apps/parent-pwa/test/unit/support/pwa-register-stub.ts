import { vi } from 'vitest';

/** Stands in for vite-plugin-pwa's virtual module in jsdom; tests set what it reports. */
export const registration = {
  needRefresh: false,
  updateServiceWorker: vi.fn(async (_reload?: boolean) => undefined),
};

export function useRegisterSW() {
  return {
    needRefresh: [registration.needRefresh, () => undefined] as const,
    offlineReady: [false, () => undefined] as const,
    updateServiceWorker: registration.updateServiceWorker,
  };
}
