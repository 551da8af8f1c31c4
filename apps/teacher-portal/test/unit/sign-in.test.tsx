import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../src/routes/app-routes.tsx';
import { ApiFailure, fakeApi } from '../support/fake-api.ts';
import { staffMe } from '../support/fixtures.ts';
import { renderPortal } from '../support/render-portal.tsx';

const signedOut = { staff: null, guardian: null };
const emptyPage = { items: [], nextCursor: null };

async function fillSignIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Email'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('signing in', () => {
  it('says what is missing before asking the server', async () => {
    const api = fakeApi({ 'auth.me': () => signedOut });
    renderPortal(<AppRoutes />, { api });
    await fillSignIn('not-an-email', '');
    expect(await screen.findByText('Enter an email address like name@school.org.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
    expect(api.callsTo('auth.staffSignIn')).toHaveLength(0);
  });

  it("shows the server's message when the email and password don't match", async () => {
    const api = fakeApi({
      'auth.me': () => signedOut,
      'auth.staffSignIn': () => {
        throw new ApiFailure(
          'UNAUTHORIZED',
          "That email and password don't match our records. Check both and try again.",
        );
      },
    });
    renderPortal(<AppRoutes />, { api });
    await fillSignIn('ana.rivera@riverside.test', 'wrong-password');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        "That email and password don't match our records. Check both and try again.",
      ),
    );
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(api.callsTo('auth.staffSignIn')).toEqual([
      { email: 'ana.rivera@riverside.test', password: 'wrong-password' },
    ]);
  });

  it('tells the person to wait when sign-ins are rate limited, and maps field errors onto fields', async () => {
    let attempt = 0;
    const api = fakeApi({
      'auth.me': () => signedOut,
      'auth.staffSignIn': () => {
        attempt += 1;
        if (attempt === 1)
          throw new ApiFailure('BAD_REQUEST', 'email: Enter a valid email address.', {
            fieldErrors: { email: 'Enter a valid email address.' },
          });
        throw new ApiFailure(
          'TOO_MANY_REQUESTS',
          'Too many sign-in attempts. For your security, please wait 15 minutes and try again.',
        );
      },
    });
    renderPortal(<AppRoutes />, { api });
    const user = await fillSignIn('ana@riverside.test', 'pw');
    expect(await screen.findByText('Enter a valid email address.')).toBeTruthy();
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/please wait 15 minutes and try again/)).toBeTruthy();
  });

  it('opens the agenda after signing in, and returns to sign-in when the session ends', async () => {
    let me: unknown = signedOut;
    let sessionValid = true;
    const api = fakeApi({
      'auth.me': () => me,
      'auth.staffSignIn': () => {
        me = { staff: staffMe(), guardian: null };
        return { id: staffMe().id, displayName: 'Ms. Rivera' };
      },
      'staff.directory.teachers': () => [],
      'staff.appointments.list': () => {
        if (!sessionValid) throw new ApiFailure('UNAUTHORIZED', 'Your session has ended. Please sign in again.');
        return emptyPage;
      },
    });
    renderPortal(<AppRoutes />, { api });
    const user = await fillSignIn('ana.rivera@riverside.test', 'riverside-demo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Agenda' })).toBeTruthy();
    expect(screen.getByText('Signed in as Ms. Rivera')).toBeTruthy();

    sessionValid = false;
    me = signedOut;
    await user.click(screen.getByRole('button', { name: 'Tomorrow' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.getByText('Your session has ended. Sign in again to carry on where you were.')).toBeTruthy();
  });

  it('sends a reset link from "Forgot password?" without saying whether the account exists', async () => {
    const api = fakeApi({ 'auth.me': () => signedOut, 'auth.requestPasswordReset': () => ({ sent: true }) });
    renderPortal(<AppRoutes />, { api });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), 'ben.okafor@riverside.test');
    await user.click(screen.getByRole('button', { name: 'Forgot password?' }));
    expect(screen.getByRole('heading', { name: 'Reset your password' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect(await screen.findByText(/we have emailed it a link to choose a new password/)).toBeTruthy();
    await waitFor(() =>
      expect(api.callsTo('auth.requestPasswordReset')).toEqual([{ email: 'ben.okafor@riverside.test' }]),
    );
  });
});
