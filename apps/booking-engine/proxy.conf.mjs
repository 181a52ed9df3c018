// Dev server proxy: the app only ever calls same-origin paths (`/api`, the hub),
// as it does behind CloudFront, so nothing about ports is baked into the build.
const apiPort = process.env['PD_HTTP_PORT'] ?? '28100';
const hubPort = process.env['PD_HUB_PORT'] ?? '28110';

export default {
  '/api': { target: `http://127.0.0.1:${apiPort}`, secure: false },
  '/.well-known/mercure': { target: `http://127.0.0.1:${hubPort}`, secure: false },
};
