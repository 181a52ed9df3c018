import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** A module specifier as written in the code, and the node to report on. */
export interface ModuleSource {
  readonly name: string;
  readonly node: TSESTree.Node;
}

function literalString(
  node: TSESTree.Node | null | undefined,
): string | undefined {
  return node?.type === 'Literal' && typeof node.value === 'string'
    ? node.value
    : undefined;
}

/**
 * Calls `onSource` for every static module specifier in a file: `import`, `import type`,
 * `export ... from`, `import('x')`, `require('x')`, `import x = require('x')` and
 * `import('x').T` in type positions, so a house rule cannot be dodged by syntax.
 */
export function visitModuleSources(
  onSource: (source: ModuleSource) => void,
): TSESLint.RuleListener {
  const emit = (node: TSESTree.Node | null | undefined): void => {
    const name = literalString(node);
    if (node && name !== undefined) {
      onSource({ name, node });
    }
  };
  return {
    ImportDeclaration: (node) => emit(node.source),
    ExportNamedDeclaration: (node) => emit(node.source),
    ExportAllDeclaration: (node) => emit(node.source),
    ImportExpression: (node) => emit(node.source),
    TSImportType: (node) => emit(node.source),
    TSExternalModuleReference: (node) => emit(node.expression),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
        emit(node.arguments[0]);
      }
    },
  };
}

/** Whether `source` is `pkg` itself or a subpath of it (`typeorm`, `typeorm/browser`). */
export function isPackageOrSubpath(source: string, pkg: string): boolean {
  return source === pkg || source.startsWith(`${pkg}/`);
}
