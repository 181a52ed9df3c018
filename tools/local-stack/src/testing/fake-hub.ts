// Stand-in for tools/mercure-hub in this tool's own tests: they test process control,
// not the hub, and must not depend on another project's progress.
import { createServer } from 'node:http';

const port = Number(process.env['PD_HUB_PORT']);
createServer((req, res) => {
  res.statusCode = req.url === '/healthz' ? 200 : 404;
  res.end();
}).listen(port, process.env['PD_HUB_HOST'] ?? '127.0.0.1');
