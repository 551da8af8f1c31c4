/**
 * What a notification says when a push cannot be read, in the app's language. The service worker has
 * neither the app's catalogs nor its localStorage, so the app keeps the sentence, in the language it
 * shows, in a cache the worker can read (Cache Storage is shared by the page and its worker).
 */
const STORE = 'edutrack-settings';
const ENTRY = '/parent/__push-fallback';

export async function keepFallbackNotice(body: string): Promise<void> {
  try {
    await (await caches.open(STORE)).put(ENTRY, new Response(body));
  } catch {
    // No Cache Storage (an old or private browser): the worker falls back to English.
  }
}

export async function fallbackNotice(): Promise<string | null> {
  try {
    const kept = await (await caches.open(STORE)).match(ENTRY);
    return kept ? await kept.text() : null;
  } catch {
    return null;
  }
}
