import ts from 'typescript';
import { lineOf, parseTypeScript } from './source-locator.ts';

// A reviewed override, written as a comment on the line(s) above the code it covers:
//
//   // migration-lint-disable PD050: units has 40 rows and no writer yet (reviewed-by: Ada Lovelace)
//   await queryRunner.query('ALTER TABLE units ADD CONSTRAINT ...');
//
// It covers the statement, class member or class it is attached to (an `if` block, the
// whole up(), the whole class), only for the rules it names. The reason and the reviewer
// are mandatory: the comment is the audit trail a reviewer signs. Comments are found with
// the TypeScript scanner; only the comment's own text is matched against this grammar.

export const DIRECTIVE_MARKER = 'migration-lint-disable';
const MIN_REASON_LENGTH = 10;

export interface OverrideDirective {
  readonly file: string;
  /** Line of the comment. */
  readonly line: number;
  readonly ruleIds: readonly string[];
  readonly reason: string;
  readonly reviewer: string;
  /** Lines covered (inclusive); empty when the comment precedes no code. */
  readonly from: number;
  readonly to: number;
  /** Why the directive is invalid; an invalid directive overrides nothing. */
  readonly problems: readonly string[];
}

export interface DirectiveRules {
  readonly known: ReadonlySet<string>;
  /** Rules about overrides and manifests themselves. */
  readonly notOverridable: ReadonlySet<string>;
}

function commentBody(raw: string): string {
  const body = raw.startsWith('//') ? raw.slice(2) : raw.slice(2, -2);
  return body
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, ''))
    .join(' ')
    .trim();
}

interface ParsedDirective {
  readonly ruleIds: readonly string[];
  readonly reason: string;
  readonly reviewer: string;
  readonly problems: readonly string[];
}

export function parseDirective(body: string, rules: DirectiveRules): ParsedDirective | undefined {
  if (!body.startsWith(DIRECTIVE_MARKER)) {
    return undefined;
  }
  const rest = body.slice(DIRECTIVE_MARKER.length);
  const problems: string[] = [];
  if (rest !== '' && !/^[\s:]/.test(rest)) {
    problems.push(`unknown directive "${body.split(/\s/)[0] ?? ''}"`);
  }
  // "<ids>: <reason> (reviewed-by: <name>)": the reviewer is taken off the end first, so
  // the colon inside "(reviewed-by:" is never read as the end of the rule list.
  const reviewed = /\(\s*reviewed-by:\s*([^)]*)\)\s*$/i.exec(rest);
  const reviewer = reviewed?.[1]?.trim() ?? '';
  const head = reviewed ? rest.slice(0, reviewed.index) : rest;
  const colon = head.indexOf(':');
  const ruleIds = (colon >= 0 ? head.slice(0, colon) : head).split(/[\s,]+/).filter(Boolean);
  const reason = colon >= 0 ? head.slice(colon + 1).trim() : '';
  if (ruleIds.length === 0) {
    problems.push('names no rule');
  }
  for (const id of ruleIds) {
    if (!rules.known.has(id)) {
      problems.push(`unknown rule ${id}`);
    } else if (rules.notOverridable.has(id)) {
      problems.push(`${id} cannot be overridden`);
    }
  }
  if (reason.length < MIN_REASON_LENGTH) {
    problems.push(`needs a reason after the colon (at least ${MIN_REASON_LENGTH} characters)`);
  }
  if (reviewer === '') {
    problems.push('needs "(reviewed-by: <name>)" at the end');
  }
  return { ruleIds, reason, reviewer, problems };
}

/** Every directive in a TypeScript file, with the lines of the code each one covers. */
export function readOverrideDirectives(fileName: string, source: string, rules: DirectiveRules): OverrideDirective[] {
  const file = parseTypeScript(fileName, source);
  const directives: OverrideDirective[] = [];
  const seen = new Set<number>();
  const attach = (position: number, covered: ts.Node | undefined): void => {
    for (const range of ts.getLeadingCommentRanges(source, position) ?? []) {
      if (seen.has(range.pos)) {
        continue;
      }
      seen.add(range.pos);
      const parsed = parseDirective(commentBody(source.slice(range.pos, range.end)), rules);
      if (!parsed) {
        continue;
      }
      const line = file.getLineAndCharacterOfPosition(range.pos).line + 1;
      const from = covered ? lineOf(file, covered) : 0;
      const to = covered ? file.getLineAndCharacterOfPosition(covered.getEnd()).line + 1 : -1;
      directives.push({ file: fileName, line, ...parsed, from, to });
    }
  };
  // Pre-order: the outermost node that starts after a comment owns it (the statement,
  // not the expression inside it that shares its start).
  const visit = (node: ts.Node): void => {
    attach(node.getFullStart(), node);
    ts.forEachChild(node, visit);
  };
  file.statements.forEach(visit);
  // A directive after the last statement covers nothing (and is reported as unused).
  attach(file.endOfFileToken.getFullStart(), undefined);
  return directives;
}
