import { isBuiltin } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { visitModuleSources } from './module-sources.ts';
import { projectTagsOf } from './project-tags.ts';

// `bannedExternalImports` in @nx/enforce-module-boundaries only sees npm packages: the
// rule gives up on Node built-ins (`fs`, `node:crypto`) before checking bans. Code that
// must run in a browser (platform:browser, platform:any, type:domain) gets them banned
// here. Config files and specs are exempt: they only ever run under Node.
const NODE_ONLY_FILE = /(\.config|\.spec|\.test)\.[cm]?[jt]s$/;

type MessageId = 'builtin';
type Options = [{ tags?: string[] }];

const DEFAULT_TAGS = ['platform:browser', 'platform:any', 'type:domain'];

export const noNodeBuiltinsOffNode: TSESLint.RuleModule<MessageId, Options> = {
  defaultOptions: [{ tags: DEFAULT_TAGS }],
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow Node built-in modules in projects that also run in the browser (platform:browser, platform:any, type:domain).',
      url: 'https://gitlab.com/pitchdesk/pitchdesk/-/blob/main/tools/eslint-rules/README.md#no-node-builtins-off-node',
    },
    schema: [
      {
        type: 'object',
        properties: { tags: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      builtin:
        "'{{source}}' is a Node built-in, and a project tagged {{tag}} must also run in the browser.",
    },
  },
  create(context) {
    const tags = context.options[0]?.tags ?? DEFAULT_TAGS;
    const tag = projectTagsOf(context.filename).find((own) =>
      tags.includes(own),
    );
    if (tag === undefined || NODE_ONLY_FILE.test(context.filename)) {
      return {};
    }
    return visitModuleSources(({ name, node }) => {
      if (name.startsWith('node:') || isBuiltin(name)) {
        context.report({
          node,
          messageId: 'builtin',
          data: { source: name, tag },
        });
      }
    });
  },
};
