import type { Rule } from './rule.ts';

// Reported by the pipeline (lint.ts) rather than by a check of their own; listed here so
// that they have ids, titles and a place in `--list-rules`. None can be overridden.

export const manifestValid: Rule = {
  id: 'PD090',
  title: 'deprecation manifests are valid: <release>.json with release, status, deployedAt and entries with reasons',
  scope: 'meta',
};

export const overrideWellFormed: Rule = {
  id: 'PD091',
  title: 'an override names known rules, a reason and a reviewer: // migration-lint-disable PDxxx: <reason> (reviewed-by: <name>)',
  scope: 'meta',
};

export const overrideUsed: Rule = {
  id: 'PD092',
  title: 'an override suppresses at least one finding (stale overrides are removed)',
  scope: 'meta',
};
