import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SignInPage } from '../../src/features/sign-in/sign-in-page.tsx';
import { apiError } from './support/fake-api.ts';
import { renderWithApi } from './support/render-with-api.tsx';

const TOKEN = 'tok_0123456789abcdefghijklmnop';
const EXPIRED =
  'This sign-in link has expired or was already used. Enter your email on the sign-in page to get a new one.';
const signedOut = { 'auth.me': () => ({ staff: null, guardian: null }) };

function openLink(token = TOKEN) {
  window.history.replaceState(null, '', `/parent/sign-in#token=${token}`);
}

describe('the sign-in page', () => {
  it('opening the emailed link only shows Continue; pressing it spends the token and goes home', async () => {
    openLink();
    let signedIn = false;
    const { calls, history } = renderWithApi(<SignInPage />, {
      path: '/sign-in',
      handlers: {
        'auth.me': () => ({
          staff: null,
          guardian: signedIn ? { id: 'g1', name: 'Li Chen', email: 'li.chen@example.com' } : null,
        }),
        'auth.redeemMagicLink': () => ((signedIn = true), { id: 'g1', name: 'Li Chen' }),
      },
    });
    const button = await screen.findByRole('button', { name: 'Continue' });
    expect(calls.some((c) => c.path === 'auth.redeemMagicLink')).toBe(false);

    await userEvent.click(button);
    await waitFor(() => expect(history.at(-1)).toBe('/'));
    expect(calls.find((c) => c.path === 'auth.redeemMagicLink')?.input).toEqual({ token: TOKEN });
  });

  it('picks up a link opened while the page is already showing', async () => {
    renderWithApi(<SignInPage />, { path: '/sign-in', handlers: signedOut });
    await screen.findByRole('button', { name: 'Email me a sign-in link' });
    openLink();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('button', { name: 'Continue' })).toBeTruthy();
  });

  it('explains an expired or used link and offers a new one by email', async () => {
    openLink();
    const { calls } = renderWithApi(<SignInPage />, {
      path: '/sign-in',
      handlers: {
        ...signedOut,
        'auth.redeemMagicLink': () => {
          throw apiError('UNAUTHORIZED', EXPIRED);
        },
        'auth.requestMagicLink': () => ({ sent: true }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toBe(EXPIRED);
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    // Nothing on the page asks for a button that is no longer there.
    expect(screen.queryByText(/Tap Continue/)).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Email me a new link' }));
    // The spent token leaves the address bar.
    expect(window.location.hash).toBe('');
    await userEvent.type(screen.getByRole('textbox', { name: 'Your email address' }), 'li.chen@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeTruthy();
    expect(screen.getByText(/li\.chen@example\.com belongs to a parent/)).toBeTruthy();
    expect(calls.find((c) => c.path === 'auth.requestMagicLink')?.input).toEqual({ email: 'li.chen@example.com' });
  });

  it('moves focus to the new heading as the form appears, so typing straight away lands in the field', async () => {
    openLink();
    renderWithApi(<SignInPage />, {
      path: '/sign-in',
      handlers: {
        ...signedOut,
        'auth.redeemMagicLink': () => {
          throw apiError('UNAUTHORIZED', EXPIRED);
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Email me a new link' }));
    // Focus moves as the screen is drawn, not a frame later: a later move would pull it out of the
    // field a quick parent (or a password manager) has already started typing in.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Sign in' }));
    const field = screen.getByRole('textbox', { name: 'Your email address' });
    await userEvent.type(field, 'li.chen@example.com');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(document.activeElement).toBe(field);
    expect((field as HTMLInputElement).value).toBe('li.chen@example.com');
  });

  it('says why no link can be sent, in the server’s words', async () => {
    const { getByRole } = renderWithApi(<SignInPage />, {
      path: '/sign-in',
      handlers: {
        ...signedOut,
        'auth.requestMagicLink': () => {
          throw apiError(
            'TOO_MANY_REQUESTS',
            'Too many sign-in links requested. For your security, please wait 15 minutes and try again.',
          );
        },
      },
    });
    await userEvent.type(getByRole('textbox', { name: 'Your email address' }), 'li.chen@example.com');
    await userEvent.click(getByRole('button', { name: 'Email me a sign-in link' }));
    expect((await screen.findByRole('alert')).textContent).toContain('please wait 15 minutes');
  });
});
