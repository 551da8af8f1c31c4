/**
 * A parent's invitation link is /parent/guest#invite=…: in the fragment, which browsers never send to
 * a server. Read once, then taken out of the address bar and history (as the sign-in token is).
 */
export function takeInviteToken(): string | null {
  const token = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('invite');
  if (token) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return token || null;
}
