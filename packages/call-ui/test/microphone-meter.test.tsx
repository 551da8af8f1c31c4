import { act, render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { MicrophoneMeter } from '../src/components/microphone-meter.tsx';
import { FakeMediaStreamTrack } from './support/fake-media.ts';

/** Web Audio stand-in: the analyser reports whatever `loudness` the test sets. */
function installFakeAudioContext() {
  const sound = { loudness: 0 };
  class FakeAudioContext {
    createMediaStreamSource() {
      return { connect: () => undefined, disconnect: () => undefined };
    }
    createAnalyser() {
      return { fftSize: 0, getFloatTimeDomainData: (samples: Float32Array) => samples.fill(sound.loudness) };
    }
    close() {
      return Promise.resolve();
    }
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  return sound;
}

test('the meter moves with the voice and says in words that it hears the parent', () => {
  vi.useFakeTimers();
  const sound = installFakeAudioContext();
  render(<MicrophoneMeter track={new FakeMediaStreamTrack('audio') as unknown as MediaStreamTrack} />);
  act(() => vi.advanceTimersByTime(200));
  const meter = screen.getByLabelText<HTMLMeterElement>('Microphone level');
  expect(meter.value).toBe(0);
  expect(screen.getByRole('status').textContent).toBe('Say something: the bar moves when we hear you.');
  sound.loudness = 0.1;
  act(() => vi.advanceTimersByTime(200));
  expect(meter.value).toBeCloseTo(0.5);
  expect(screen.getByRole('status').textContent).toBe('We can hear you.');
});
