import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BookSlotForm } from '../../src/features/booking/book-slot-form.tsx';
import { apiError } from './support/fake-api.ts';
import { MAYA, SAM, child, meeting, slot } from './support/fixtures.ts';
import { renderWithApi } from './support/render-with-api.tsx';

const wanted = slot({
  id: '00000000-0000-4000-8000-0000000000a1',
  startsAt: '2030-01-16T17:00:00.000Z',
  endsAt: '2030-01-16T17:10:00.000Z',
});
const alternatives = [
  {
    slotId: '00000000-0000-4000-8000-0000000000a2',
    startsAt: '2030-01-16T17:12:00.000Z',
    endsAt: '2030-01-16T17:22:00.000Z',
  },
  {
    slotId: '00000000-0000-4000-8000-0000000000a3',
    startsAt: '2030-01-16T17:24:00.000Z',
    endsAt: '2030-01-16T17:34:00.000Z',
  },
];
const CLASH = 'Ms. Rivera already has a meeting at that time (17:00–17:10).';

function bookingApi() {
  return {
    'parent.appointments.book': (input: { slotId: string }) => {
      if (input.slotId === wanted.id) throw apiError('CONFLICT', CLASH, { alternatives });
      return meeting({
        id: '00000000-0000-4000-8000-0000000000b1',
        startsAt: '2030-01-16T17:24:00.000Z',
        endsAt: '2030-01-16T17:34:00.000Z',
      });
    },
  };
}

describe('booking a slot that was just taken', () => {
  it('explains the clash and books one of the nearest free times with one tap', async () => {
    const onBooked = vi.fn();
    const { calls } = renderWithApi(
      <BookSlotForm slot={wanted} family={[child(MAYA)]} onBooked={onBooked} onBack={() => undefined} />,
      {
        handlers: bookingApi(),
      },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Book this time' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(CLASH);
    const offers = within(alert).getAllByRole('button');
    expect(offers.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^Book .*17:12–17:22 instead$/),
      expect.stringMatching(/^Book .*17:24–17:34 instead$/),
    ]);

    await userEvent.click(offers[1]!);
    await waitFor(() => expect(onBooked).toHaveBeenCalledTimes(1));
    const books = calls.filter((c) => c.path === 'parent.appointments.book');
    expect(books.map((c) => c.input.slotId)).toEqual([wanted.id, alternatives[1]!.slotId]);
    expect(books[1]!.input.studentId).toBe(MAYA.id);
    // Each slot is its own request: a different idempotency key.
    expect(books[1]!.input.idempotencyKey).not.toBe(books[0]!.input.idempotencyKey);
  });

  it('sends the same request key when the same slot is tried again (no double booking)', async () => {
    const { calls } = renderWithApi(
      <BookSlotForm slot={wanted} family={[child(MAYA)]} onBooked={() => undefined} onBack={() => undefined} />,
      {
        handlers: bookingApi(),
      },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Book this time' }));
    await screen.findByRole('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Book this time' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0]!.input.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{8,}$/);
    expect(calls[1]!.input.idempotencyKey).toBe(calls[0]!.input.idempotencyKey);
  });

  it('asks which child when the teacher teaches more than one, and books for the one chosen', async () => {
    const both = slot({ ...wanted, id: alternatives[0]!.slotId, studentIds: [MAYA.id, SAM.id] });
    const { calls } = renderWithApi(
      <BookSlotForm
        slot={both}
        family={[child(MAYA), child(SAM)]}
        onBooked={() => undefined}
        onBack={() => undefined}
      />,
      {
        handlers: bookingApi(),
      },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Book this time' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose the child this meeting is about.');
    expect(calls).toHaveLength(0);

    await userEvent.click(screen.getByRole('radio', { name: 'Sam Chen' }));
    await userEvent.type(screen.getByRole('textbox', { name: /What would you like to talk about/ }), 'Homework');
    await userEvent.click(screen.getByRole('button', { name: 'Book this time' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.input).toMatchObject({ slotId: both.id, studentId: SAM.id, topic: 'Homework' });
  });
});
