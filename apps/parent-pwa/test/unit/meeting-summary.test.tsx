import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingSummary } from '../../src/features/meetings/meeting-summary.tsx';
import { meeting } from './support/fixtures.ts';

const cancelled = meeting({
  status: 'cancelled',
  cancelledAt: '2030-01-14T09:00:00.000Z',
  cancelledBy: 'guardian',
  cancelReason: 'Away that week',
});

describe('who cancelled, in words for the parent reading it', () => {
  it('"You cancelled this meeting" to the parent who did', () => {
    render(<MeetingSummary meeting={{ ...cancelled, cancelledByViewer: true }} />);
    expect(screen.getByText('You cancelled this meeting: “Away that week”')).toBeTruthy();
  });

  it('another parent of the child, or the school', () => {
    const { rerender } = render(<MeetingSummary meeting={cancelled} />);
    expect(screen.getByText('Cancelled by another parent: “Away that week”')).toBeTruthy();
    rerender(<MeetingSummary meeting={{ ...cancelled, cancelledBy: 'staff', cancelReason: null }} />);
    expect(screen.getByText('Cancelled by the school.')).toBeTruthy();
  });
});

describe('running late', () => {
  it('says the teacher is running late and when the meeting is now expected to start', () => {
    const late = meeting({ runningLate: { minutes: 10, expectedStartsAt: '2030-01-15T10:10:00.000Z' } });
    render(<MeetingSummary meeting={late} />);
    expect(screen.getByRole('status').textContent).toBe(
      'Ms. Rivera is running about 10 minutes late. Expected start: 10:10.',
    );
  });

  it('says nothing once the meeting is no longer to come', () => {
    render(
      <MeetingSummary
        meeting={meeting({
          status: 'completed',
          runningLate: { minutes: 10, expectedStartsAt: '2030-01-15T10:10:00.000Z' },
        })}
      />,
    );
    expect(screen.queryByText(/running about/)).toBeNull();
  });
});
