import { describe, expect, it } from 'vitest';
import { releaseInputFromEnvironment } from './release-input.ts';

describe('releaseInputFromEnvironment', () => {
  it('takes the release and defaults the web builds to the repo dist folder', () => {
    expect(releaseInputFromEnvironment({ PD_RELEASE: '0f3c2a1' }, '/repo/infra')).toEqual({ release: '0f3c2a1', distDirectory: '/repo/dist/apps', workDirectory: '/repo/infra/.sst' });
  });

  it.each([undefined, '', 'has space', 'a/b', ':latest'])('refuses PD_RELEASE=%s with what it must be', (release) => {
    expect(() => releaseInputFromEnvironment({ PD_RELEASE: release }, '/repo/infra')).toThrow(/PD_RELEASE must be set to the release id/);
  });
});
