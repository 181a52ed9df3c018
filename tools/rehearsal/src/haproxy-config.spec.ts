import { describe, expect, it } from 'vitest';
import { haproxyConfig } from './haproxy-config.ts';

describe('haproxyConfig', () => {
  const config = haproxyConfig({ frontendPort: 28140, serverPorts: [28141, 28142, 28143, 28144], socketPath: '/tmp/h.sock', healthPath: '/api/health/live' });

  it('listens on loopback and balances over every server, each health-checked and disabled until enabled', () => {
    expect(config).toContain('  bind 127.0.0.1:28140\n');
    expect(config).toContain('  option httpchk GET /api/health/live\n  http-check expect status 200\n');
    expect(config.match(/^ {2}server .*$/gm)).toEqual([
      '  server s1 127.0.0.1:28141 check disabled',
      '  server s2 127.0.0.1:28142 check disabled',
      '  server s3 127.0.0.1:28143 check disabled',
      '  server s4 127.0.0.1:28144 check disabled',
    ]);
  });

  it('takes a server out after three failed checks in a row, each allowed 2 s, not after one slow answer', () => {
    expect(config).toContain('  timeout check 2s\n');
    expect(config).toContain('  default-server inter 500ms fastinter 500ms downinter 500ms fall 3 rise 2\n');
  });

  it('has an admin runtime socket, to drain and enable servers', () => {
    expect(config).toContain('  stats socket /tmp/h.sock mode 600 level admin\n');
  });

  it('retries only requests no server answered, on another server', () => {
    expect(config).toContain('  retry-on conn-failure empty-response\n  option redispatch 1\n');
  });
});
