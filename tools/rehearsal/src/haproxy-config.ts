/** Where haproxy listens, which API instances it may route to, and its runtime API socket. */
export interface HaproxyLayout {
  readonly frontendPort: number;
  readonly serverPorts: readonly number[];
  readonly socketPath: string;
  /** Health check path: the API's liveness, which answers 503 while it drains. */
  readonly healthPath: string;
}

/**
 * haproxy.cfg for the rehearsal. Every server starts disabled: the rehearsal enables an
 * instance once it answers, and drains one before it stops it, through the runtime API
 * (as ECS registers and deregisters ALB targets). Health checks every 500 ms take an
 * instance out after three failures in a row: an instance that reports draining within
 * 1.5 s, and never one whose event loop was busy for a moment (a single slow check
 * taking both instances out at once would answer every request 503). Each check may
 * take 2 s, as an ALB's does several.
 * Retries: a request haproxy could not deliver (connection refused or closed with no
 * answer, which only happens before the server read it) goes to another server; nothing
 * that a server answered is retried.
 */
export function haproxyConfig(layout: HaproxyLayout): string {
  const servers = layout.serverPorts.map(
    (port, index) => `  server s${index + 1} 127.0.0.1:${port} check disabled`,
  );
  return [
    'global',
    '  maxconn 4096',
    `  stats socket ${layout.socketPath} mode 600 level admin`,
    '',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  timeout http-request 10s',
    '  timeout queue 10s',
    '  timeout check 2s',
    '  retries 3',
    '  retry-on conn-failure empty-response',
    '  option redispatch 1',
    '',
    'frontend booking',
    `  bind 127.0.0.1:${layout.frontendPort}`,
    '  default_backend api',
    '',
    'backend api',
    '  balance leastconn',
    `  option httpchk GET ${layout.healthPath}`,
    '  http-check expect status 200',
    '  default-server inter 500ms fastinter 500ms downinter 500ms fall 3 rise 2',
    ...servers,
    '',
  ].join('\n');
}
