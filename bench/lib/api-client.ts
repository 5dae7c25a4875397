/** A minimal signed-in client for benchmarks: cookie + CSRF, JSON in and out. */
export class BenchClient {
  private constructor(
    readonly base: string,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  static async signIn(base: string, nip: string, password: string): Promise<BenchClient> {
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nip, password }),
    });
    if (!res.ok) throw new Error(`sign-in ${nip}: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { csrfToken: string };
    return new BenchClient(base, res.headers.get('set-cookie')!.split(';')[0]!, body.csrfToken);
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; ms: number }> {
    const started = performance.now();
    const isRaw = body instanceof Uint8Array;
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }),
        ...(body === undefined ? {} : { 'content-type': isRaw ? 'image/jpeg' : 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: isRaw ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    return { status: res.status, json: text ? safeJson(text) : null, ms };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
