import type { ManifestOptions } from 'vite-plugin-pwa';

/** The installed app's identity. Icons are rendered by scripts/render-icons.mjs. */
const THEME_COLOR = '#1d4ed8';

export const webManifest = {
  id: '/parent/',
  name: 'EduTrack Meet',
  short_name: 'EduTrack',
  description: "Your children's parent-teacher meetings: book a time, add it to your calendar, join the video call.",
  lang: 'en',
  start_url: '/parent/',
  scope: '/parent/',
  display: 'standalone',
  theme_color: THEME_COLOR,
  background_color: '#ffffff',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
} satisfies Partial<ManifestOptions>;
