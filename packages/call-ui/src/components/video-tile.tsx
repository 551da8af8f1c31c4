import { useT } from '@edutrack/i18n/react';
import { DailyVideo, useAudioTrack, useParticipantProperty, useVideoTrack } from '@daily-co/daily-react';
import { useNetworkQualityOf } from '../connection/network-quality-context.tsx';

/**
 * One person's video, or their initials when the camera is off; the caption says who, what is off,
 * and how good their connection is (so the teacher sees when the parent's is poor).
 */
export function VideoTile({ sessionId, isLocal }: { sessionId: string; isLocal: boolean }) {
  const t = useT();
  const [userName, owner] = useParticipantProperty(sessionId, ['user_name', 'owner']);
  const video = useVideoTrack(sessionId);
  const audio = useAudioTrack(sessionId);
  const name = isLocal ? t('call.tile.you') : userName || t('call.tile.guest');
  const network = useNetworkQualityOf(sessionId);
  const off = video.isOff ? (audio.isOff ? 'both' : 'camera') : audio.isOff ? 'microphone' : null;
  return (
    <figure className="etm-tile" data-local={isLocal || undefined}>
      {video.isOff ? (
        <div className="etm-tile-placeholder" aria-hidden="true">
          {initials(isLocal ? userName || name : name)}
        </div>
      ) : (
        <DailyVideo sessionId={sessionId} type="video" fit="cover" automirror={isLocal} className="etm-tile-video" />
      )}
      <figcaption className="etm-tile-caption">
        <span className="etm-tile-name">{!isLocal && owner ? t('call.tile.teacher', { name }) : name}</span>
        {off ? <span className="etm-tile-off">{t('call.tile.off', { what: off })}</span> : null}
        {network === 'unknown' ? null : (
          <span className="etm-tile-connection" data-network={network}>
            {t('call.tile.connection', { quality: network })}
          </span>
        )}
      </figcaption>
    </figure>
  );
}

function initials(name: string): string {
  const words = name
    .replace(/\(.*\)/, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return (
    words
      .slice(0, 2)
      .map((w) => w[0]?.toUpperCase() ?? '')
      .join('') || '?'
  );
}
