import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '@edutrack/daily';
import type { CreateWebhookBody, DailyWebhook, DailyWebhookEventType, UpdateWebhookBody } from '@edutrack/daily';
import { signDailyWebhook } from '@edutrack/daily';
import { invalidRequest, notFound } from './daily-emulator-error.ts';

export interface WebhookDelivery {
  webhookUuid: string;
  url: string;
  type: string;
  eventId: string;
  body: string;
  timestamp: string;
  signature: string;
  status?: number;
  error?: string;
  ok: boolean;
}

export interface WebhookSenderOptions {
  clock: Clock;
  domainId: string;
  /** How long the receiver has to answer, for the creation test post and for events. */
  timeoutMs: number;
  /** Daily documents seconds in X-Webhook-Timestamp; milliseconds have been observed. */
  timestampUnit: 's' | 'ms';
}

/** Daily's default circuit breaker: after this many failed deliveries in a row the webhook is FAILED. */
export const CIRCUIT_BREAKER_FAILURES = 3;

type StoredWebhook = DailyWebhook & { uuid: string; hmac: string };

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

const checkUrl = (url: string): void => {
  let protocol: string;
  try {
    ({ protocol } = new URL(url));
  } catch {
    throw invalidRequest('url is not a valid URL');
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw invalidRequest('url must be http or https');
};

/** The domain's webhook (Daily allows one) and delivery of signed events to it. */
export class WebhookSender {
  private readonly webhooks = new Map<string, StoredWebhook>();
  /** Every delivery attempt, oldest first, for tests and the dev console. */
  readonly deliveries: WebhookDelivery[] = [];

  constructor(private readonly options: WebhookSenderOptions) {}

  list(): DailyWebhook[] {
    return [...this.webhooks.values()].map((webhook) => ({ ...webhook }));
  }

  get(uuid: string): DailyWebhook {
    const webhook = this.webhooks.get(uuid);
    if (webhook === undefined) throw notFound(`webhook ${uuid} not found`);
    return { ...webhook };
  }

  /** Registers a webhook as `POST /webhooks` does: the URL must answer a test post with 200. */
  async create(body: CreateWebhookBody): Promise<DailyWebhook> {
    if (this.webhooks.size > 0) throw invalidRequest('this domain already has a webhook; update or delete it');
    const webhook = this.stored(body);
    await this.probe(webhook.url, webhook.hmac);
    this.webhooks.set(webhook.uuid, webhook);
    return { ...webhook };
  }

  /** A webhook configured at start-up, without the test post (the receiver may not be up yet). */
  preconfigure(body: CreateWebhookBody): DailyWebhook {
    const webhook = this.stored(body);
    this.webhooks.set(webhook.uuid, webhook);
    return { ...webhook };
  }

  /** Changing the URL, or updating a FAILED webhook, re-runs the test post and re-activates it. */
  async update(uuid: string, body: UpdateWebhookBody): Promise<DailyWebhook> {
    const current = this.webhooks.get(uuid);
    if (current === undefined) throw notFound(`webhook ${uuid} not found`);
    if (body.hmac !== undefined && !BASE64.test(body.hmac)) throw invalidRequest('hmac must be base64');
    const next = { ...current, ...body, updatedAt: this.nowIso() };
    const reactivate = body.url !== undefined || current.state === 'FAILED';
    if (reactivate) {
      checkUrl(next.url);
      await this.probe(next.url, next.hmac);
    }
    const updated = reactivate ? { ...next, state: 'ACTIVE', failedCount: 0 } : next;
    this.webhooks.set(uuid, updated);
    return { ...updated };
  }

  delete(uuid: string): void {
    if (!this.webhooks.delete(uuid)) throw notFound(`webhook ${uuid} not found`);
  }

  /** Sends an event to every active webhook subscribed to its type. */
  async emit(type: DailyWebhookEventType, payload: object): Promise<WebhookDelivery[]> {
    const eventId = `${type.replace(/\W/g, '-')}-${randomUUID()}`;
    const body = JSON.stringify({
      version: '1.0.0',
      type,
      id: eventId,
      payload,
      event_ts: this.options.clock.now().getTime() / 1000,
    });
    const targets = [...this.webhooks.values()].filter(
      (webhook) =>
        webhook.state !== 'FAILED' &&
        (webhook.eventTypes === undefined || webhook.eventTypes.length === 0 || webhook.eventTypes.includes(type)),
    );
    return Promise.all(targets.map((webhook) => this.deliver(webhook, { type, eventId, body })));
  }

  private stored(body: CreateWebhookBody): StoredWebhook {
    if (body.url === undefined) throw invalidRequest('url is required');
    checkUrl(body.url);
    if (body.hmac !== undefined && !BASE64.test(body.hmac)) throw invalidRequest('hmac must be base64');
    const now = this.nowIso();
    return {
      ...body,
      uuid: randomUUID(),
      url: body.url,
      hmac: body.hmac ?? randomBytes(32).toString('base64'),
      retryType: body.retryType ?? 'circuit-breaker',
      state: 'ACTIVE',
      failedCount: 0,
      domainId: this.options.domainId,
      createdAt: now,
      updatedAt: now,
    };
  }

  private async probe(url: string, hmac: string): Promise<void> {
    const answer = await this.post(url, hmac, JSON.stringify({ test: 'test' }));
    if (answer.status !== 200) {
      throw invalidRequest(
        `webhook url ${url} did not answer the test request with 200 (${answer.error ?? answer.status})`,
      );
    }
  }

  private async deliver(
    webhook: StoredWebhook,
    { type, eventId, body }: { type: string; eventId: string; body: string },
  ): Promise<WebhookDelivery> {
    const answer = await this.post(webhook.url, webhook.hmac, body);
    const ok = answer.status !== undefined && answer.status >= 200 && answer.status < 300;
    const failedCount = ok ? 0 : (webhook.failedCount ?? 0) + 1;
    const tripped = webhook.retryType !== 'exponential' && failedCount >= CIRCUIT_BREAKER_FAILURES;
    Object.assign(webhook, {
      failedCount,
      ...(ok ? { lastMomentPushed: this.nowIso() } : {}),
      ...(tripped ? { state: 'FAILED' } : {}),
    });
    const delivery: WebhookDelivery = {
      webhookUuid: webhook.uuid,
      url: webhook.url,
      type,
      eventId,
      body,
      ...answer,
      ok,
    };
    this.deliveries.push(delivery);
    return delivery;
  }

  private async post(
    url: string,
    hmac: string,
    body: string,
  ): Promise<{ timestamp: string; signature: string; status?: number; error?: string }> {
    const now = this.options.clock.now().getTime();
    const timestamp = String(this.options.timestampUnit === 'ms' ? now : Math.floor(now / 1000));
    const signature = signDailyWebhook({ rawBody: body, timestamp, secretBase64: hmac });
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Webhook-Signature': signature,
          'X-Webhook-Timestamp': timestamp,
        },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.arrayBuffer();
      return { timestamp, signature, status: response.status };
    } catch (error) {
      return { timestamp, signature, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private nowIso(): string {
    return this.options.clock.now().toISOString();
  }
}
