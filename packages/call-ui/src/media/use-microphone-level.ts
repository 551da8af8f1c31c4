import { useEffect, useState } from 'react';

type AudioContextConstructor = new () => AudioContext;

/**
 * How loud the microphone is, 0 to 1, measured with Web Audio about ten times a second; null where
 * the browser can't measure it (the meter then says so instead of showing a silent bar).
 */
export function useMicrophoneLevel(track: MediaStreamTrack | undefined): number | null {
  const [level, setLevel] = useState<number | null>(null);
  useEffect(() => {
    const Context = audioContextConstructor();
    if (!track || !Context) {
      setLevel(null);
      return;
    }
    const context = new Context();
    // iOS starts audio contexts suspended until the page has been interacted with.
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
    const source = context.createMediaStreamSource(new MediaStream([track]));
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const id = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      // Speech sits around 0.02–0.2 RMS; scale so talking fills most of the meter.
      setLevel(Math.min(1, Math.sqrt(sum / samples.length) * 5));
    }, 100);
    return () => {
      clearInterval(id);
      source.disconnect();
      void context.close().catch(() => undefined);
    };
  }, [track]);
  return level;
}

function audioContextConstructor(): AudioContextConstructor | undefined {
  if (typeof window === 'undefined') return undefined;
  const w = window as unknown as {
    AudioContext?: AudioContextConstructor;
    webkitAudioContext?: AudioContextConstructor;
  };
  return w.AudioContext ?? w.webkitAudioContext;
}
