import { useT } from '@edutrack/i18n/react';
import { useState } from 'react';
import type { KnockerIdentity } from '../host/classify-knocker.ts';
import { KnockerBadge } from './knocker-badge.tsx';

export interface Knocker {
  id: string;
  identity: KnockerIdentity;
}

/** Everyone knocking, each with who they are and Admit / Deny. */
export function WaitingRoomPanel({
  knockers,
  onAdmit,
  onDeny,
}: {
  knockers: Knocker[];
  onAdmit: (id: string) => void;
  onDeny: (id: string) => void;
}) {
  const t = useT();
  return (
    <section className="etm-waiting-room" aria-labelledby="etm-waiting-room-title">
      <h2 id="etm-waiting-room-title">
        {t('call.room.title')}{' '}
        {knockers.length > 0 ? (
          <span className="etm-count">{t('call.room.count', { count: knockers.length })}</span>
        ) : null}
      </h2>
      {knockers.length === 0 ? (
        <p className="etm-hint">{t('call.room.empty')}</p>
      ) : (
        <ul className="etm-knockers">
          {knockers.map((k) => (
            <KnockerRow key={k.id} knocker={k} onAdmit={onAdmit} onDeny={onDeny} />
          ))}
        </ul>
      )}
    </section>
  );
}

function KnockerRow({
  knocker,
  onAdmit,
  onDeny,
}: {
  knocker: Knocker;
  onAdmit: (id: string) => void;
  onDeny: (id: string) => void;
}) {
  const t = useT();
  const [answer, setAnswer] = useState<'admit' | 'deny' | null>(null);
  const { identity } = knocker;
  const answerWith = (choice: 'admit' | 'deny') => {
    setAnswer(choice);
    (choice === 'admit' ? onAdmit : onDeny)(knocker.id);
  };
  return (
    <li className={`etm-knocker etm-knocker--${identity.kind}`}>
      <p className="etm-knocker-name">{identity.name}</p>
      <KnockerBadge identity={identity} />
      <p className="etm-knocker-detail">{identity.detail}</p>
      <div className="etm-call-actions">
        {answer ? (
          <p role="status">{answer === 'admit' ? t('call.room.admitting') : t('call.room.denying')}</p>
        ) : (
          <>
            <AnswerButton
              label={t('call.room.admit')}
              accessibleName={t('call.room.admitName', { name: identity.name })}
              primary={identity.kind !== 'unknown-guest'}
              onClick={() => answerWith('admit')}
            />
            <AnswerButton
              label={t('call.room.deny')}
              accessibleName={t('call.room.denyName', { name: identity.name })}
              onClick={() => answerWith('deny')}
            />
          </>
        )}
      </div>
    </li>
  );
}

/** "Admit" / "Deny" on screen; the accessible name adds who, as several people may be waiting. */
function AnswerButton({
  label,
  accessibleName,
  primary = false,
  onClick,
}: {
  label: string;
  accessibleName: string;
  primary?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={primary ? 'etm-button etm-button--primary' : 'etm-button'}
      aria-label={accessibleName}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
