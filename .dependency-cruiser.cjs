/**
 * House rules from DESIGN.md, checked in CI: the platform knows no business module; a module
 * reaches another only through its index.ts; the web app takes only types from the server, from a
 * module's index.ts; no cycles.
 */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "platform-knows-no-module",
      comment: "platform/ is cross-cutting and must not depend on business modules",
      severity: "error",
      from: { path: "^server/src/platform/" },
      to: { path: "^server/src/modules/" },
    },
    {
      name: "modules-through-index-only",
      comment: "another module's internals are private: import its index.ts",
      severity: "error",
      from: { path: "^server/src/modules/([^/]+)/" },
      to: { path: "^server/src/modules/([^/]+)/", pathNot: ["^server/src/modules/$1/", "^server/src/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "outsiders-through-index-only",
      comment: "entries, seed and tests outside a module use its index.ts",
      severity: "error",
      from: { path: "^server/src/(?!modules/)" , pathNot: "\\.test\\.ts$" },
      to: { path: "^server/src/modules/[^/]+/", pathNot: "^server/src/modules/[^/]+/index\\.ts$" },
    },
    {
      name: "web-shares-server-types-only",
      comment: "the web app reads the API's shapes from the server, never its code: a type-only import, which the build erases",
      severity: "error",
      from: { path: "^web/src/" },
      to: { path: "^server/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "web-reads-server-through-index-only",
      comment: "the shapes a module answers are exported by its index.ts, as for another module",
      severity: "error",
      from: { path: "^web/src/" },
      to: { path: "^server/", pathNot: "^server/src/modules/[^/]+/index\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.test\\.ts$" },
  },
};
