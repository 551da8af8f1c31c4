export interface RecordedExchange {
  method: string;
  url: URL;
  status: number;
  /** The parsed JSON answer; undefined for an empty body. */
  body: unknown;
}

/** The real fetch, keeping a copy of every answer for inspection. */
export function recordingFetch(): { fetch: typeof globalThis.fetch; exchanges: RecordedExchange[] } {
  const exchanges: RecordedExchange[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    const text = await response.clone().text();
    exchanges.push({
      method: init?.method ?? 'GET',
      url: new URL(input instanceof Request ? input.url : input.toString()),
      status: response.status,
      body: text === '' ? undefined : JSON.parse(text),
    });
    return response;
  };
  return { fetch, exchanges };
}
