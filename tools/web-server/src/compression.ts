import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Brotli or gzip for text answers, as CloudFront does for its origins. Registered per
 * static scope and on the API proxy, never on the hub's: an event stream must not end up
 * waiting in a compressor's buffer.
 * Register it before the routes: the plugin attaches itself to routes as they are added.
 */
export async function compressTextResponses(scope: FastifyInstance): Promise<void> {
  await scope.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    // CloudFront compresses objects from 1,000 bytes on; smaller ones can grow.
    threshold: 1_000,
  });
}
