import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '@edutrack/i18n/react';
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
  const t = useT();
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
      <h2 id="push-heading">{t('push.heading')}</h2>
      <p>{t('push.explain')}</p>
      {support === 'needs-install' && <p className="hint">{t('push.needsInstall')}</p>}
      {support === 'unsupported' && <p className="hint">{t('push.unsupported')}</p>}
      {support === 'supported' && device.data?.permission === 'denied' && <p className="hint">{t('push.blocked')}</p>}
      {(turnOn.error || turnOff.error) && <ErrorMessage error={turnOn.error ?? turnOff.error} />}
      {support === 'supported' && device.data && device.data.permission !== 'denied' && (
        <>
          {device.data.subscribed ? (
            <>
              <p role="status">{t('push.on')}</p>
              <OnlineOnlyButton
                type="button"
                className="button secondary"
                action={t('push.turnOffAction')}
                busy={turnOff.isPending}
                busyLabel={t('push.turningOff')}
                onClick={() => turnOff.mutate()}
              >
                {t('push.turnOff')}
              </OnlineOnlyButton>
            </>
          ) : (
            <OnlineOnlyButton
              type="button"
              action={t('push.turnOnAction')}
              busy={turnOn.isPending}
              busyLabel={t('push.turningOn')}
              onClick={() => turnOn.mutate()}
            >
              {t('push.turnOn')}
            </OnlineOnlyButton>
          )}
        </>
      )}
    </section>
  );
}
