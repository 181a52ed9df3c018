import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Brotli or gzip for the text files of a static scope, as CloudFront does for the S3
 * origin. Registered per static scope, never on the proxies: an event stream from the hub
 * must not end up waiting in a compressor's buffer, and the API answers for itself.
 * Register it before the routes: the plugin attaches itself to routes as they are added.
 */
export async function compressTextResponses(scope: FastifyInstance): Promise<void> {
  await scope.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    // CloudFront compresses objects from 1,000 bytes on; smaller ones can grow.
    threshold: 1_000,
  });
}
