import type { ReactNode } from 'react';
import type { CallTicket } from '../call-ticket.ts';
import type { Platform } from '../errors/platform.ts';
import { NetworkQualityProvider } from '../connection/network-quality-context.tsx';
import { PoorConnectionOffer } from '../connection/poor-connection-offer.tsx';
import { CallControls } from './call-controls.tsx';
import { CallTimer } from './call-timer.tsx';
import { FocusHeading } from './focus-on-mount-heading.tsx';
import { InCallDeviceWarning } from './in-call-device-warning.tsx';
import { VideoGrid } from './video-grid.tsx';

/** The call itself, the same for teacher and parent: title, timer, tiles, controls, and a side panel. */
export function InCallView({
  ticket,
  title,
  now,
  timeZone,
  platform,
  leaveLabel,
  onLeave,
  whenAlone,
  aside,
  extraControls,
}: {
  ticket: CallTicket;
  title: string;
  now: Date;
  timeZone?: string;
  platform: Platform;
  leaveLabel: string;
  onLeave: () => void;
  whenAlone: ReactNode;
  aside?: ReactNode;
  extraControls?: ReactNode;
}) {
  return (
    <NetworkQualityProvider>
      <div className="etm-in-call">
        <header className="etm-in-call-header">
          <FocusHeading>{title}</FocusHeading>
          <CallTimer
            endsAt={ticket.endsAt}
            closesAt={ticket.closesAt}
            now={now}
            school={ticket.school}
            timeZone={timeZone}
          />
        </header>
        <InCallDeviceWarning platform={platform} />
        <PoorConnectionOffer />
        <div className="etm-in-call-main" data-has-aside={Boolean(aside) || undefined}>
          <VideoGrid whenAlone={whenAlone} />
          {aside}
        </div>
        <CallControls onLeave={onLeave} leaveLabel={leaveLabel}>
          {extraControls}
        </CallControls>
      </div>
    </NetworkQualityProvider>
  );
}
