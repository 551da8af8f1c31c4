import { describe, expect, it } from 'vitest';
import { notificationFromPush } from '../../src/features/push/push-message.ts';

describe('the notification a push becomes', () => {
  it('shows what the server pushed (already in the parent’s language)', () => {
    const pushed = { title: 'Ms. Rivera está lista', body: 'Toque para entrar.', url: '/parent/meetings/1', tag: 't' };
    expect(notificationFromPush(JSON.stringify(pushed), 'Tiene novedades sobre una reunión.')).toEqual(pushed);
  });

  it('still says something when the push cannot be read: in the words the app kept, else in English', () => {
    expect(notificationFromPush('not json', 'Tiene novedades sobre una reunión.')).toMatchObject({
      title: 'EduTrack Meet',
      body: 'Tiene novedades sobre una reunión.',
      url: '/parent/',
    });
    expect(notificationFromPush(null, null).body).toBe('You have news about a meeting.');
  });
});
