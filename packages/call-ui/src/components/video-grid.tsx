import { DailyAudio, useLocalSessionId, useParticipantIds } from '@daily-co/daily-react';
import type { ReactNode } from 'react';
import { VideoTile } from './video-tile.tsx';

/** Everyone's tiles, the other person first and large; remote audio plays through DailyAudio. */
export function VideoGrid({ whenAlone }: { whenAlone?: ReactNode }) {
  const localId = useLocalSessionId();
  const remoteIds = useParticipantIds({ filter: 'remote', sort: 'joined_at' });
  return (
    <div className="etm-stage">
      <div className="etm-grid" data-count={Math.max(remoteIds.length, 1) + (localId ? 1 : 0)}>
        {remoteIds.map((id) => (
          <VideoTile key={id} sessionId={id} isLocal={false} />
        ))}
        {remoteIds.length === 0 && whenAlone ? <div className="etm-grid-alone">{whenAlone}</div> : null}
        {localId ? <VideoTile sessionId={localId} isLocal /> : null}
      </div>
      <DailyAudio />
    </div>
  );
}
