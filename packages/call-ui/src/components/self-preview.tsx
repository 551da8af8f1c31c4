import { useEffect, useRef } from 'react';

/** The parent's own camera before joining, mirrored like a mirror; only they see it. */
export function SelfPreview({ stream }: { stream: MediaStream | null }) {
  const ref = useRef<HTMLVideoElement>(null);
  const hasVideo = Boolean(stream?.getVideoTracks().length);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = hasVideo ? stream : null;
  }, [stream, hasVideo]);
  return (
    <figure className="etm-self-preview">
      {hasVideo ? (
        <video
          ref={ref}
          className="etm-tile-video etm-mirrored"
          autoPlay
          muted
          playsInline
          aria-label="Your camera preview"
        />
      ) : (
        <div className="etm-tile-placeholder">No camera picture</div>
      )}
      <figcaption className="etm-tile-caption">
        <span className="etm-tile-name">You (only you see this preview)</span>
      </figcaption>
    </figure>
  );
}
