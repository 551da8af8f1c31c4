import { createServer, type IncomingHttpHeaders } from 'node:http';
import { afterEach } from 'vitest';

export interface ReceivedWebhook {
  rawBody: string;
  headers: IncomingHttpHeaders;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** The status the receiver answers with from now on. */
  answerWith(status: number): void;
}

const open: { close(): void }[] = [];
afterEach(() => {
  for (const server of open.splice(0)) server.close();
});

/** A plain HTTP endpoint that records what is posted to it, raw, as a webhook route would see it. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let status = 200;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ rawBody: Buffer.concat(chunks).toString('utf8'), headers: request.headers });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  open.push({
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('receiver is not on TCP');
  return {
    url: `http://127.0.0.1:${address.port}/daily-webhook`,
    received,
    answerWith: (next) => {
      status = next;
    },
  };
}
