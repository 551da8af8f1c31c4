import type { FastifyInstance } from 'fastify';
import type { RequestValidator } from '../request-validation.ts';
import type { WebhookSender } from '../webhook-sender.ts';

type WebhookRoute = { Params: { id: string } };

export function registerWebhookRoutes(
  app: FastifyInstance,
  { webhooks, validator }: { webhooks: WebhookSender; validator: RequestValidator },
): void {
  app.get('/webhooks', async () => webhooks.list());

  app.post('/webhooks', async ({ body }) => webhooks.create(validator.body('CreateWebhook', body ?? {})));

  // Daily's spec types this answer as an array of webhooks (its prose says one webhook); the spec wins here.
  app.get<WebhookRoute>('/webhooks/:id', async ({ params }) => [webhooks.get(params.id)]);

  app.post<WebhookRoute>('/webhooks/:id', async ({ params, body }) =>
    webhooks.update(params.id, validator.body('UpdateWebhookConfig', body ?? {})),
  );

  // The spec declares a 200 without a body.
  app.delete<WebhookRoute>('/webhooks/:id', async ({ params }, reply) => {
    webhooks.delete(params.id);
    return reply.code(200).send();
  });
}
