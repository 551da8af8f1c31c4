import { useT } from '@edutrack/i18n/react';
import { useEffect, useRef } from 'react';

/** The parent's own camera before joining, mirrored like a mirror; only they see it. */
export function SelfPreview({ stream }: { stream: MediaStream | null }) {
  const t = useT();
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
          aria-label={t('call.preview.label')}
        />
      ) : (
        <div className="etm-tile-placeholder">{t('call.preview.noPicture')}</div>
      )}
      <figcaption className="etm-tile-caption">
        <span className="etm-tile-name">{t('call.preview.caption')}</span>
      </figcaption>
    </figure>
  );
}
