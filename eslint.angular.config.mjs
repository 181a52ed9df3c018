import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/**
 * Lint for Angular projects: Nx's Angular presets, then the house rules of the root
 * config (type-aware, zero warnings), then the component conventions of STYLE.md.
 */
export function angularProjectConfig(selectorPrefix) {
  return [
    ...nx.configs['flat/angular'],
    ...nx.configs['flat/angular-template'],
    ...baseConfig,
    {
      files: ['**/*.ts'],
      rules: {
        '@angular-eslint/prefer-on-push-component-change-detection': 'error',
        '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: selectorPrefix, style: 'camelCase' }],
        '@angular-eslint/component-selector': ['error', { type: 'element', prefix: selectorPrefix, style: 'kebab-case' }],
      },
    },
    {
      files: ['**/*.html'],
      rules: {
        '@angular-eslint/template/prefer-control-flow': 'error',
        '@angular-eslint/template/button-has-type': 'error',
      },
    },
  ];
}
