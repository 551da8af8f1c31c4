import { useT } from '@edutrack/i18n/react';
import { useState, type FormEvent } from 'react';
import type { Meeting } from '../../api/types.ts';
import { useInviteGuest, useMeetingGuests, useWithdrawGuest } from '../../api/use-meeting-guests.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';

const SOMEONE_ELSE = 'someone-else';

/**
 * One more person in the call: the child's other parent, or someone by email (an interpreter). They
 * get a link for this meeting only; the teacher sees who they are and who invited them.
 */
export function MeetingGuestsSection({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const guests = useMeetingGuests(meeting.id);
  const withdraw = useWithdrawGuest();
  const [open, setOpen] = useState(false);
  const view = guests.data;
  if (!view || (!view.invitation && !view.canInvite)) return null;

  if (view.invitation) {
    const { invitation } = view;
    return (
      <section className="stack panel" aria-labelledby="guests-heading">
        <h2 id="guests-heading">{t('guests.alsoInvited')}</h2>
        <p>
          {t('guests.hasLink', {
            invitee:
              invitation.kind === 'guest'
                ? t('guests.guestInvitee', { role: invitation.roleLabel, email: invitation.email })
                : invitation.name,
            teacher: meeting.teacher.displayName,
          })}
        </p>
        {withdraw.isError && <ErrorMessage error={withdraw.error} />}
        <OnlineOnlyButton
          type="button"
          className="button secondary"
          action={t('guests.withdrawingAction')}
          busy={withdraw.isPending}
          busyLabel={t('guests.withdrawing')}
          onClick={() => withdraw.mutate({ id: meeting.id })}
        >
          {t('guests.withdraw')}
        </OnlineOnlyButton>
      </section>
    );
  }
  if (!open) {
    return (
      <button type="button" className="button secondary" onClick={() => setOpen(true)}>
        {t('guests.invite')}
      </button>
    );
  }
  return <InviteForm meeting={meeting} otherParents={view.otherParents} />;
}

function InviteForm({ meeting, otherParents }: { meeting: Meeting; otherParents: { id: string; name: string }[] }) {
  const t = useT();
  const invite = useInviteGuest();
  const [choice, setChoice] = useState(otherParents[0]?.id ?? SOMEONE_ELSE);
  const [email, setEmail] = useState('');
  const [roleLabel, setRoleLabel] = useState(() => t('guests.defaultRole'));
  const byEmail = choice === SOMEONE_ELSE;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({
      id: meeting.id,
      invitee: byEmail ? { kind: 'guest', email, roleLabel } : { kind: 'other-parent', guardianId: choice },
    });
  };
  return (
    <form className="stack panel" onSubmit={submit} aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('guests.invite')}</h2>
      <p className="hint">{t('guests.inviteHint', { child: meeting.student.name })}</p>
      {otherParents.length > 0 && (
        <fieldset className="field choice">
          <legend>{t('guests.who')}</legend>
          {otherParents.map((p) => (
            <label key={p.id} className="choice-option">
              <input type="radio" name="invitee" checked={choice === p.id} onChange={() => setChoice(p.id)} />
              <span>{p.name}</span>
            </label>
          ))}
          <label className="choice-option">
            <input type="radio" name="invitee" checked={byEmail} onChange={() => setChoice(SOMEONE_ELSE)} />
            <span>{t('guests.someoneElse')}</span>
          </label>
        </fieldset>
      )}
      {byEmail && (
        <>
          <label className="field">
            <span>{t('guests.email')}</span>
            <input
              type="email"
              autoComplete="off"
              required
              maxLength={254}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </label>
          <label className="field">
            <span>{t('guests.role')}</span>
            <input required maxLength={60} value={roleLabel} onChange={(e) => setRoleLabel(e.target.value)} />
          </label>
        </>
      )}
      {invite.isError && <ErrorMessage error={invite.error} />}
      <OnlineOnlyButton
        type="submit"
        action={t('guests.invitingAction')}
        busy={invite.isPending}
        busyLabel={t('guests.sending')}
      >
        {t('guests.send')}
      </OnlineOnlyButton>
    </form>
  );
}
