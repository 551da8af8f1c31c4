import { switchLocale } from '@edutrack/i18n/browser';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorMessage } from '../../src/components/error-message.tsx';

afterEach(() => switchLocale('en'));

describe('an error the app could not get an answer for', () => {
  it("tells the parent to check their connection, in the parent's language", async () => {
    await switchLocale('es');
    render(<ErrorMessage error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'No hemos podido conectar con EduTrack Meet. Compruebe su conexión a internet y vuelva a intentarlo.',
    );
  });

  it('never shows the raw exception text', async () => {
    await switchLocale('ar');
    render(<ErrorMessage error={new TypeError('Failed to fetch')} />);
    const text = screen.getByRole('alert').textContent;
    expect(text).toContain('تعذّر الوصول إلى EduTrack Meet');
    expect(text).not.toContain('Failed to fetch');
  });
});
