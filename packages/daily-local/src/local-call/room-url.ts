/** The room's name from its URL (`https://<domain>.daily.co/<name>`): the last path segment, as daily-js reads it. */
export function roomNameFromUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`not a room URL: ${url}`);
  }
  const name = parsed.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .at(-1);
  if (name === undefined) throw new Error(`the room URL has no room name: ${url}`);
  return decodeURIComponent(name);
}
