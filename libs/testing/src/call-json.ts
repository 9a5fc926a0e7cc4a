/** What a test sees of an HTTP answer: status, parsed JSON body (if any) and content type. */
export interface JsonAnswer {
  readonly status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests check answers field by field
  readonly body: any;
  readonly contentType: string | null;
}

/** Calls a service over HTTP with an optional JSON body and extra headers, as its clients do. */
export async function callJson(
  url: string,
  method: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<JsonAnswer> {
  const response = await fetch(url, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as unknown) : undefined,
    contentType: response.headers.get('content-type'),
  };
}
