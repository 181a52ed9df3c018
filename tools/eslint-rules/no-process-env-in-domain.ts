import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isPackageOrSubpath, visitModuleSources } from './module-sources.ts';
import { projectHasAnyTag } from './project-tags.ts';

// Domain code is pure: configuration comes in as arguments, so the same function gives
// the same answer in the API, in both browsers and in tests. `process` does not exist
// in a browser, and reading env inside the domain hides an input from every caller.

type MessageId = 'processEnv' | 'process' | 'importMetaEnv';
type Options = [{ tags?: string[] }];

const DEFAULT_TAGS = ['type:domain'];

function isGlobalProcessReference(node: TSESTree.MemberExpression): boolean {
  // `globalThis.process`, `globalThis['process']`
  return (
    node.object.type === 'Identifier' &&
    node.object.name === 'globalThis' &&
    ((node.property.type === 'Identifier' &&
      !node.computed &&
      node.property.name === 'process') ||
      (node.property.type === 'Literal' && node.property.value === 'process'))
  );
}

export const noProcessEnvInDomain: TSESLint.RuleModule<MessageId, Options> = {
  defaultOptions: [{ tags: DEFAULT_TAGS }],
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow process.env (and process itself) in projects tagged type:domain.',
      url: 'https://gitlab.com/pitchdesk/pitchdesk/-/blob/main/tools/eslint-rules/README.md#no-process-env-in-domain',
    },
    schema: [
      {
        type: 'object',
        properties: { tags: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      processEnv:
        'Domain code must not read process.env: take the value as a parameter.',
      process:
        "Domain code must not use Node's `process`: it is not there in the browser.",
      importMetaEnv:
        'Domain code must not read import.meta.env: take the value as a parameter.',
    },
  },
  create(context) {
    const tags = context.options[0]?.tags ?? DEFAULT_TAGS;
    if (!projectHasAnyTag(context.filename, tags)) {
      return {};
    }
    const reportProcess = (node: TSESTree.Node): void => {
      const parent = node.parent;
      const readsEnv =
        parent?.type === 'MemberExpression' &&
        parent.object === node &&
        ((parent.property.type === 'Identifier' &&
          !parent.computed &&
          parent.property.name === 'env') ||
          (parent.property.type === 'Literal' &&
            parent.property.value === 'env'));
      context.report({
        node: readsEnv ? parent : node,
        messageId: readsEnv ? 'processEnv' : 'process',
      });
    };
    return {
      ...visitModuleSources(({ name, node }) => {
        if (
          isPackageOrSubpath(name, 'process') ||
          isPackageOrSubpath(name, 'node:process')
        ) {
          context.report({ node, messageId: 'process' });
        }
      }),
      // Only the global `process`: a local variable or parameter named process is fine.
      'Program:exit'(program) {
        const globalScope = context.sourceCode.getScope(program);
        // Undeclared (`through`) or configured as a global (e.g. `globals.node`): both are
        // Node's process. A module-level `const process = ...` lives in the module scope.
        const configured = globalScope.set.get('process');
        const references = [
          ...globalScope.through.filter(
            (reference) => reference.identifier.name === 'process',
          ),
          ...(configured && configured.defs.length === 0
            ? configured.references
            : []),
        ];
        for (const reference of references) {
          reportProcess(reference.identifier);
        }
      },
      MemberExpression(node) {
        if (isGlobalProcessReference(node)) {
          reportProcess(node);
        } else if (
          node.object.type === 'MetaProperty' &&
          node.object.meta.name === 'import' &&
          node.property.type === 'Identifier' &&
          node.property.name === 'env'
        ) {
          context.report({ node, messageId: 'importMetaEnv' });
        }
      },
    };
  },
};
