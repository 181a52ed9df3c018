import { SseStream } from './test-support/sse-client.ts';
import {
  startTestHub,
  subscribeUrl,
  type TestHub,
} from './test-support/test-hub.ts';

const CONSOLE = 'http://127.0.0.1:28102';

// The UIs run on other ports, so their EventSource (withCredentials) is cross-origin.
describe('CORS', () => {
  let t: TestHub;
  beforeAll(async () => {
    t = await startTestHub({
      corsOrigins: ['http://127.0.0.1:28101', CONSOLE],
    });
  });
  afterAll(() => t.stop());

  it('lets an allowed origin read the stream with credentials', async () => {
    const stream = await SseStream.open(subscribeUrl(t.hub, ['urn:x']), {
      Origin: CONSOLE,
    });
    const headers = stream.response.headers;
    expect(headers.get('access-control-allow-origin')).toBe(CONSOLE);
    expect(headers.get('access-control-allow-credentials')).toBe('true');
    expect(headers.get('access-control-expose-headers')).toBe('Last-Event-ID');
    expect(headers.get('vary')).toBe('Origin');
    stream.close();
  });

  it('lets an allowed origin read the publish answer', async () => {
    const res = await t.publish(
      { topic: 'urn:x' },
      {
        Authorization: `Bearer ${await t.publisherJwt()}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: CONSOLE,
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(CONSOLE);
  });

  it('adds no CORS headers for another origin', async () => {
    const stream = await SseStream.open(subscribeUrl(t.hub, ['urn:x']), {
      Origin: 'https://evil.test',
    });
    expect(
      stream.response.headers.get('access-control-allow-origin'),
    ).toBeNull();
    expect(
      stream.response.headers.get('access-control-allow-credentials'),
    ).toBeNull();
    stream.close();
  });

  it('answers a preflight from an allowed origin', async () => {
    const res = await fetch(t.hub.url, {
      method: 'OPTIONS',
      headers: {
        Origin: CONSOLE,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,last-event-id',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(CONSOLE);
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(
      res.headers.get('access-control-allow-headers')?.toLowerCase(),
    ).toContain('authorization');
    expect(
      res.headers.get('access-control-allow-headers')?.toLowerCase(),
    ).toContain('last-event-id');
  });

  it('refuses a preflight from another origin', async () => {
    const res = await fetch(t.hub.url, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://evil.test',
        'Access-Control-Request-Method': 'GET',
      },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS with *', () => {
  it('echoes any origin, since credentials forbid a literal *', async () => {
    const t = await startTestHub({ corsOrigins: ['*'] });
    try {
      const res = await fetch(subscribeUrl(t.hub, ['urn:x']), {
        headers: { Origin: 'http://localhost:4200' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe(
        'http://localhost:4200',
      );
      await res.body?.cancel();
    } finally {
      await t.stop();
    }
  });
});
