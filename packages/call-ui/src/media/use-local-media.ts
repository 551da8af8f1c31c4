import { useAudioTrack, useDaily, useLocalSessionId, useVideoTrack } from '@daily-co/daily-react';
import { useCallback } from 'react';

/** The local camera and microphone as the call reports them, and the switches for them. */
export function useLocalMedia() {
  const daily = useDaily();
  const localId = useLocalSessionId();
  const audio = useAudioTrack(localId);
  const video = useVideoTrack(localId);
  const micOn = !audio.isOff;
  const cameraOn = !video.isOff;
  const toggleMic = useCallback(() => daily?.setLocalAudio(!micOn), [daily, micOn]);
  const toggleCamera = useCallback(() => daily?.setLocalVideo(!cameraOn), [daily, cameraOn]);
  return { micOn, cameraOn, toggleMic, toggleCamera };
}
