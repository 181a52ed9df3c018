import baseConfig from '../eslint.config.mjs';

export default [...baseConfig, { ignores: ['.sst/**', 'test/fixtures/**'] }];
