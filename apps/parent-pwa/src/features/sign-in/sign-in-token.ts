/**
 * The emailed link is /parent/sign-in#token=…: the token sits in the fragment, which browsers never
 * send to a server. Read it once, then take it out of the address bar and history.
 */
export function readSignInToken(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.length > 0 ? token : null;
}

export function forgetSignInToken(): void {
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}
