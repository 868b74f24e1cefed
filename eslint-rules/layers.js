// Lint rule `local/layers`: the folders of one part of the app (shared/ or renderer/) are layers, and a
// folder imports only the folders it lists. Options, one object per part:
//   { root: 'shared', layers: { base: [], domain: ['base'], 'features/*': ['ui', 'store/index'], … } }
// A layer key names a folder under root; `*` stands for any one folder name, and a literal key wins over
// a `*` key of the same depth. An allowed entry names a folder (prefix match, `*` allowed) or, ending in
// `/index`, only that folder's index module. Every folder may import itself. Only relative imports into
// the same root are checked (renderer/ importing shared/ is the other rules' business); files in no
// layer (e.g. renderer/main.tsx, the composition root) are not checked.
import { dirname, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const sourceExtension = /\.(ts|tsx|cts|mts|js|jsx)$/;

function segmentsMatch(pattern, segments) {
  return pattern.every((part, at) => part === '*' || part === segments[at]);
}

/** The layer a root-relative path lies in: its concrete folder and the key whose rules apply. */
function layerOf(path, keys) {
  const segments = path.split('/');
  let best;
  for (const key of keys) {
    const pattern = key.split('/');
    if (pattern.length >= segments.length || !segmentsMatch(pattern, segments)) continue;
    const wildcards = pattern.filter((part) => part === '*').length;
    if (!best || pattern.length > best.depth || (pattern.length === best.depth && wildcards < best.wildcards)) {
      best = { key, depth: pattern.length, wildcards, folder: segments.slice(0, pattern.length).join('/') };
    }
  }
  return best;
}

function allows(entry, target) {
  if (entry.endsWith('/index')) {
    const folder = entry.slice(0, -'/index'.length);
    return target === folder || target === entry;
  }
  const pattern = entry.split('/');
  const segments = target.split('/');
  return pattern.length <= segments.length && segmentsMatch(pattern, segments);
}

function describeEntry(entry) {
  if (entry === '*') return 'any folder';
  if (entry.endsWith('/index')) return `${entry.slice(0, -'/index'.length)} (its index only)`;
  if (entry.endsWith('/*')) return `any ${entry.slice(0, -2)}`;
  return entry;
}

function listing(names) {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "shared/coding may import base, domain and text only" */
export function allowedMessage(root, folder, allowed) {
  if (allowed.length === 0) return `${root}/${folder} may import no other folder of ${root}/`;
  return `${root}/${folder} may import ${listing(allowed.map(describeEntry))} only`;
}

function sourceOf(node) {
  if (node.type === 'NewExpression') {
    const [url, base] = node.arguments;
    const isWorkerUrl =
      node.callee.type === 'Identifier' && node.callee.name === 'URL' && base?.type === 'MemberExpression' &&
      base.object.type === 'MetaProperty' && base.property.type === 'Identifier' && base.property.name === 'url';
    return isWorkerUrl ? url : undefined;
  }
  return node.source ?? undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'A folder of shared/ or renderer/ imports only the folders below it.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: { layer: '{{allowed}} (this imports {{target}}).' },
  },
  create(context) {
    const { root, layers } = context.options[0];
    const file = relative(repoRoot, context.physicalFilename).split(sep).join('/');
    if (!file.startsWith(`${root}/`)) return {};
    const from = layerOf(file.slice(root.length + 1), Object.keys(layers));
    if (!from) return {};
    const allowed = layers[from.key];

    const check = (node) => {
      const source = sourceOf(node);
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const resolved = posix.normalize(posix.join(posix.dirname(file), source.value.replace(/\?.*$/, '')));
      if (!resolved.startsWith(`${root}/`)) return;
      const target = resolved.slice(root.length + 1).replace(sourceExtension, '');
      if (target === from.folder || target.startsWith(`${from.folder}/`)) return;
      if (allowed.some((entry) => allows(entry, target))) return;
      context.report({
        node: source,
        messageId: 'layer',
        data: { allowed: allowedMessage(root, from.folder, allowed), target: `${root}/${target}` },
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
      NewExpression: check,
    };
  },
};
