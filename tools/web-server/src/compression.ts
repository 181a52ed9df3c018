import { pipeline, Readable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// Stand-in for @fastify/compress, which is not installed here: register that plugin in
// this file's place once it is. Only the static-file scopes use this, never the proxies,
// so an event stream from the hub cannot end up held in a compressor's buffer.

/** CloudFront's rule: it compresses objects from 1,000 bytes; smaller ones can grow. */
const MIN_BYTES = 1_000;
const COMPRESSIBLE = /^(text\/(?!event-stream)|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;

type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts (br before gzip), honouring `q=0`. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const quality = (name: Encoding): number => accepted.get(name) ?? accepted.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((name) => quality(name) > 0).sort((a, b) => quality(b) - quality(a))[0];
  return best;
}

function encoder(encoding: Encoding, sizeHint: number): NodeJS.ReadWriteStream {
  // Fast levels: this compresses on every request, as a CDN does, not once at build time.
  return encoding === 'br'
    ? createBrotliCompress({
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: sizeHint },
      })
    : createGzip({ level: 6 });
}

function compress(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  const type = String(reply.getHeader('content-type') ?? '');
  if (reply.statusCode !== 200 || !COMPRESSIBLE.test(type) || reply.hasHeader('content-encoding')) {
    return payload;
  }
  // The response depends on Accept-Encoding even when it goes out uncompressed.
  reply.header('vary', 'accept-encoding');
  const length = Number(reply.getHeader('content-length') ?? Number.NaN);
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  if (request.method === 'HEAD' || encoding === undefined || length < MIN_BYTES) {
    return payload;
  }
  const source =
    payload instanceof Readable ? payload : typeof payload === 'string' || Buffer.isBuffer(payload) ? Readable.from([payload]) : undefined;
  if (source === undefined) {
    return payload;
  }
  reply.removeHeader('content-length');
  reply.header('content-encoding', encoding);
  // A strong ETag names exact bytes; these differ from the file's.
  const etag = reply.getHeader('etag');
  if (typeof etag === 'string' && !etag.startsWith('W/')) {
    reply.header('etag', `W/${etag}`);
  }
  return pipeline(source, encoder(encoding, Number.isFinite(length) ? length : 0), () => {
    // Errors end the response; the pipeline has destroyed both streams already.
  });
}

/** Compresses text responses of the routes in `scope` with brotli or gzip. */
export function compressTextResponses(scope: FastifyInstance): void {
  scope.addHook('onSend', async (request, reply, payload) => compress(request, reply, payload));
}
