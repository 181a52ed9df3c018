import { relative } from 'node:path';

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly ruleId: string;
  readonly message: string;
}

/** A finding a reviewed `migration-lint-disable` directive accepted; printed, never fatal. */
export interface OverriddenFinding extends Finding {
  readonly reason: string;
  readonly reviewer: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

/** `file:line rule message`, the file relative to `cwd` so editors and CI logs can link it. */
export function formatFinding(finding: Finding, cwd: string): string {
  return `${relative(cwd, finding.file)}:${finding.line} ${finding.ruleId} ${finding.message}`;
}
