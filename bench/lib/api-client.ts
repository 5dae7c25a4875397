/** A minimal signed-in client for benchmarks: cookie + CSRF, JSON in and out. */
export class BenchClient {
  private constructor(
    readonly base: string,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  static async signIn(base: string, nip: string, password: string): Promise<BenchClient> {
    return (await BenchClient.signInWithMe(base, nip, password)).client;
  }

  /** Signs in and keeps the `me` the server answers with (position, supervisor, subordinates). */
  static async signInWithMe(base: string, nip: string, password: string): Promise<{ client: BenchClient; me: any }> {
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nip, password }),
    });
    if (!res.ok) throw new Error(`sign-in ${nip}: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { csrfToken: string; me: unknown };
    return { client: new BenchClient(base, res.headers.get('set-cookie')!.split(';')[0]!, body.csrfToken), me: body.me };
  }

  /** A GET that keeps the answer's ETag and size (for caching benches). */
  async requestRaw(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; ms: number; etag: string | null; bytes: number }> {
    const started = performance.now();
    const res = await fetch(`${this.base}${path}`, { method, headers: { cookie: this.cookie, ...headers } });
    const body = await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - started, etag: res.headers.get('etag'), bytes: body.byteLength };
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
      // A copy over its own ArrayBuffer: the DOM's BodyInit (which @types/pdfmake brings in) takes no SharedArrayBuffer view.
      ...(body === undefined ? {} : { body: isRaw ? new Uint8Array(body) : JSON.stringify(body) }),
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
