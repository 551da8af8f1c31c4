import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@edutrack/web-kit';
import { ErrorMessage } from '../../components/error-message.tsx';
import { OnlineOnlyButton } from '../../components/online-only-button.tsx';
import { currentSubscription, pushSupport, subscribeThisDevice, subscriptionKeys } from './device-push.ts';

const DEVICE_KEY = ['push', 'this-device'] as const;

/**
 * Notifications on this phone: what they are for, and one button to turn them on or off. Loaded only
 * when the account section shows (it is not part of the first screen's JavaScript).
 */
export function PushOptIn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const support = pushSupport();
  const server = useQuery(trpc.parent.push.publicKey.queryOptions());
  const device = useQuery({
    queryKey: DEVICE_KEY,
    queryFn: async () => ({
      permission: Notification.permission,
      subscribed: (await currentSubscription()) !== null,
    }),
    enabled: support === 'supported',
    networkMode: 'always',
  });
  const save = useMutation(trpc.parent.push.subscribe.mutationOptions());
  const remove = useMutation(trpc.parent.push.unsubscribe.mutationOptions());
  const turnOn = useMutation({
    mutationFn: async () => {
      const subscription = await subscribeThisDevice(server.data!.publicKey!);
      if (subscription === 'denied') return;
      await save.mutateAsync(subscriptionKeys(subscription));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: DEVICE_KEY }),
  });
  const turnOff = useMutation({
    mutationFn: async () => {
      const subscription = await currentSubscription();
      if (!subscription) return;
      await remove.mutateAsync({ endpoint: subscription.endpoint });
      await subscription.unsubscribe();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: DEVICE_KEY }),
  });

  // This server sends no push notifications (no VAPID keys): nothing to offer.
  if (!server.data?.publicKey) return null;
  return (
    <section className="push-opt-in" aria-labelledby="push-heading">
      <h2 id="push-heading">Notifications on this phone</h2>
      <p>
        Get a reminder the day before and an hour before each meeting, a message if a meeting is moved or cancelled, and
        one when your teacher is ready to let you in. Only about your meetings; you can turn them off here at any time.
      </p>
      {support === 'needs-install' && (
        <p className="hint">To get notifications on iPhone or iPad, first add EduTrack Meet to your Home Screen.</p>
      )}
      {support === 'unsupported' && <p className="hint">This browser cannot show notifications from EduTrack Meet.</p>}
      {support === 'supported' && device.data?.permission === 'denied' && (
        <p className="hint">
          Notifications are blocked for EduTrack Meet. To get them, allow notifications for this site in your
          browser&apos;s settings, then come back here.
        </p>
      )}
      {(turnOn.error || turnOff.error) && <ErrorMessage error={turnOn.error ?? turnOff.error} />}
      {support === 'supported' && device.data && device.data.permission !== 'denied' && (
        <>
          {device.data.subscribed ? (
            <>
              <p role="status">Notifications are on for this phone.</p>
              <OnlineOnlyButton
                type="button"
                className="button secondary"
                action="Turning notifications off"
                busy={turnOff.isPending}
                busyLabel="Turning off…"
                onClick={() => turnOff.mutate()}
              >
                Turn off notifications
              </OnlineOnlyButton>
            </>
          ) : (
            <OnlineOnlyButton
              type="button"
              action="Turning notifications on"
              busy={turnOn.isPending}
              busyLabel="Turning on…"
              onClick={() => turnOn.mutate()}
            >
              Turn on notifications
            </OnlineOnlyButton>
          )}
        </>
      )}
    </section>
  );
}
