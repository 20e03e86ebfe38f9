// The manifest documents every element's public API from its JSDoc block.

/**
 * Lit's `static properties` documented the way the analyzer documents the decorators: its Lit plugin
 * (0.11) lists entries with `state: true` as attributes, though Lit gives internal state none, and
 * marks every public member `privacy: "public"`, which the decorator path leaves implicit. This undoes both,
 * and puts the keys in the decorator path's order, so the manifest reads the same either way.
 */
const MEMBER_KEYS = ['kind', 'name', 'type', 'privacy', 'default', 'description', 'attribute', 'reflects'];
const ATTRIBUTE_KEYS = ['name', 'type', 'default', 'description', 'fieldName'];
const ordered = (object, keys) => Object.fromEntries([...keys.filter((key) => key in object), ...Object.keys(object).filter((key) => !keys.includes(key))].map((key) => [key, object[key]]));

function litStaticProperties() {
  return {
    name: 'stroomop-lit-static-properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const klass = moduleDoc.declarations?.find((declaration) => declaration.name === node.name.text);
      const declaration = node.members.find(
        (member) =>
          ts.isPropertyDeclaration(member) &&
          member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword) &&
          member.name.getText() === 'properties',
      );
      if (!klass || !declaration?.initializer || !ts.isObjectLiteralExpression(declaration.initializer)) return;
      for (const entry of declaration.initializer.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
        const name = entry.name.getText();
        const index = klass.members?.findIndex((candidate) => candidate.name === name) ?? -1;
        if (index < 0) continue;
        const member = klass.members[index];
        if (member.privacy === 'public') delete member.privacy;
        const state = entry.initializer.properties.some(
          (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (state) {
          delete member.attribute;
          delete member.reflects;
          if (klass.attributes) klass.attributes = klass.attributes.filter((attribute) => attribute.fieldName !== name);
        }
        klass.members[index] = ordered(member, MEMBER_KEYS);
      }
      if (klass.attributes) klass.attributes = klass.attributes.map((attribute) => ordered(attribute, ATTRIBUTE_KEYS));
    },
  };
}

/**
 * The modules in a fixed order (the elements by path, then the base class): the analyzer lists them
 * in the order the file system gives, which differs between clones, and the manifest must not.
 */
function stableModuleOrder() {
  const rank = (path) => (path.startsWith('src/components/') ? 0 : 1);
  return {
    name: 'stroomop-stable-module-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/components/**/*.component.ts', 'src/base/monitor-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [litStaticProperties(), stableModuleOrder()],
};
