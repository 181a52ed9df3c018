// The baseline of the search scenario: bare Fastify on loopback, in its own process as
// the API is, so that it does not share an event loop with the load generator.
import Fastify from 'fastify';

const port = Number(process.env['PD_BENCH_HELLO_PORT'] ?? '0');
const app = Fastify({ logger: false });
app.get('/', () => ({ hello: 'world' }));
const address = await app.listen({ host: '127.0.0.1', port });
console.log(`hello-world listening on ${address}`);
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
