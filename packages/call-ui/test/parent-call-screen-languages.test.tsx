import { switchLocale } from '@edutrack/i18n/browser';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { renderParentCall } from './support/render-call.tsx';

afterEach(() => switchLocale('en'));

/** Words on screen that are plain English: the pseudo-locale accents every message it has. */
function plainEnglishWords(names: string[]): string[] {
  let text = document.body.textContent ?? '';
  for (const name of names) text = text.replaceAll(name, ' ');
  return text.match(/\b[A-Za-z]{3,}\b/g) ?? [];
}

describe('the parent call screen in other languages', () => {
  test('in Arabic: the device check and the waiting screen read right to left in Arabic', async () => {
    await switchLocale('ar');
    renderParentCall();
    expect(await screen.findByRole('heading', { name: 'تحقّق من الكاميرا والميكروفون' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    const join = await screen.findByRole<HTMLButtonElement>('button', { name: 'الانضمام إلى مكالمة الفيديو' });
    await waitFor(() => expect(join.disabled).toBe(false));
    await userEvent.click(join);
    expect(await screen.findByRole('heading', { name: 'في انتظار أن يسمح لك Ms. Rivera بالدخول' })).toBeTruthy();
  });

  test('in the pseudo-locale: no English left on the device check or the waiting screen', async () => {
    await switchLocale('en-XA');
    renderParentCall();
    await screen.findByRole('heading', { level: 1 });
    const join = document.querySelector<HTMLButtonElement>('.etm-device-check .etm-button--primary')!;
    await waitFor(() => expect(join.disabled).toBe(false));
    // The fixture's people, school and devices are names, not messages.
    const names = ['Ms. Rivera', 'Back camera', 'Front camera', 'Built-in microphone', 'EduTrack Meet'];
    expect(plainEnglishWords(names)).toEqual([]);
    await userEvent.click(join);
    await waitFor(() => expect(document.querySelector('.etm-presence')).not.toBeNull());
    expect(plainEnglishWords(names)).toEqual([]);
  });
});
