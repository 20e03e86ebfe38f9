// The manifest documents every element's public API from its JSDoc block.
export default {
  globs: ['src/components/**/*.component.ts', 'src/base/monitor-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
