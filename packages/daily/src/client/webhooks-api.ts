import type { CreateWebhookBody, DailyWebhook, UpdateWebhookBody } from '../spec-types.ts';
import type { Send } from './transport.ts';

const webhookPath = (uuid: string): string => `/webhooks/${encodeURIComponent(uuid)}`;

export function createWebhooksApi(send: Send) {
  return {
    listWebhooks: (): Promise<DailyWebhook[]> => send({ method: 'GET', path: '/webhooks', idempotent: true }),

    /**
     * Daily's spec says this answers an array, its prose says a single webhook: both are accepted.
     */
    getWebhook: async (uuid: string): Promise<DailyWebhook> => {
      const answer = await send<DailyWebhook[] | DailyWebhook>({
        method: 'GET',
        path: webhookPath(uuid),
        idempotent: true,
      });
      const webhook = Array.isArray(answer) ? answer[0] : answer;
      if (webhook === undefined) throw new TypeError(`Daily answered an empty list for webhook ${uuid}`);
      return webhook;
    },

    /**
     * Daily posts `{"test":"test"}` to the URL first and refuses the webhook unless that answers
     * 200 quickly. One webhook per domain, so a blind repeat would be refused: not retried after
     * ambiguous failures.
     */
    createWebhook: (body: CreateWebhookBody): Promise<DailyWebhook> =>
      send({ method: 'POST', path: '/webhooks', body, idempotent: false }),

    /** Also re-activates a webhook that Daily's circuit breaker marked FAILED. */
    updateWebhook: (uuid: string, body: UpdateWebhookBody): Promise<DailyWebhook> =>
      send({ method: 'POST', path: webhookPath(uuid), body, idempotent: true }),

    deleteWebhook: async (uuid: string): Promise<void> => {
      await send({ method: 'DELETE', path: webhookPath(uuid), idempotent: true });
    },
  };
}
