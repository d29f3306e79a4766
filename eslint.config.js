// ESLint flat config. Besides the usual recommended sets, it enforces the one-way layers and the
// library homes of docs/architecture.md with per-folder `no-restricted-*` rules.
//
// Flat config does not merge the options of a rule set twice for one file: the later object wins.
// So each folder ("zone") below gets one complete set of restrictions, built from the lists here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = '{ts,tsx,mts,cts}';

/** Each third-party library may be imported only from its home folder. */
const LIBRARY_HOMES = [
  { name: 'monaco-editor', home: 'src/ui/editor' },
  { name: '@xyflow/react', home: 'src/ui/flow' },
  { name: 'zustand', home: 'src/state' },
];

/** Imports that pure layers (engine, scenario, crypto) may never make. */
const UI_LIBRARIES = ['react', 'react-dom', 'zustand', 'monaco-editor', '@xyflow/react'];

const CRYPTO_MESSAGE =
  'Only src/crypto may use WebCrypto (crypto.subtle); call its functions instead.';

/** A banned package, including its subpaths (`zustand/vanilla`, `react-dom/client`). */
function bannedPackage(name, message) {
  return [
    { kind: 'path', value: { name, message } },
    { kind: 'pattern', value: { group: [`${name}/*`], message } },
  ];
}

/** Relative imports reaching into sibling top-level folders of src/ (`../state`, `../../ui/x`). */
function bannedFolders(folders, message) {
  const regex = `^(\\.\\./)+(${folders.join('|')})(/|$)`;
  return [{ kind: 'pattern', value: { regex, message } }];
}

/**
 * The engine may import only itself and, type-only, src/scenario/types. A file `depth` folders
 * below src/engine leaves the engine exactly when its import starts with `../` depth+1 times.
 */
function engineBoundary(depth) {
  const up = `(\\.\\./){${depth + 1}}`;
  const message =
    'src/engine is pure: it may import only from src/engine and, type-only, src/scenario/types.';
  return [
    // Bare specifiers (packages, node:*) other than the UI libraries, which have their own message.
    { kind: 'pattern', value: { regex: `^(?![./]|(${UI_LIBRARIES.join('|')})(/|$))`, message } },
    { kind: 'pattern', value: { regex: `^${up}(?!scenario/types$)`, message } },
    {
      kind: 'pattern',
      value: {
        regex: `^${up}scenario/types$`,
        allowTypeImports: true,
        message: 'src/engine may import src/scenario/types only with `import type`.',
      },
    },
  ];
}

/** Library-home bans for a folder: every library whose home is not this folder. */
function libraryHomeBans(folder) {
  return LIBRARY_HOMES.filter((lib) => !folder.startsWith(lib.home)).flatMap((lib) =>
    bannedPackage(lib.name, `Only ${lib.home}/** may import ${lib.name}.`),
  );
}

function cryptoImportBans() {
  return [
    ...bannedPackage('node:crypto', CRYPTO_MESSAGE),
    ...bannedPackage('crypto', CRYPTO_MESSAGE),
  ];
}

/** Turns a list of bans into the rule entries of one config object. */
function restrictions({ imports = [], globalNames = [], properties = [], syntax = [] }) {
  const rules = {
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: dedupe(imports.filter((i) => i.kind === 'path').map((i) => i.value)),
        patterns: imports.filter((i) => i.kind === 'pattern').map((i) => i.value),
      },
    ],
    'no-restricted-globals': ['error', { globals: globalNames, checkGlobalObject: true }],
    'no-restricted-properties': ['error', ...properties],
  };
  if (properties.length === 0) rules['no-restricted-properties'] = 'off';
  if (syntax.length > 0) rules['no-restricted-syntax'] = ['error', ...syntax];
  return rules;
}

function dedupe(paths) {
  const seen = new Map();
  for (const p of paths) if (!seen.has(p.name)) seen.set(p.name, p);
  return [...seen.values()];
}

const cryptoGlobal = [{ name: 'crypto', message: CRYPTO_MESSAGE }];

/** src/crypto tests and their support code, which may use the official Encryption SDK. */
const CRYPTO_TEST_FILES = [`src/crypto/**/*.test.${TS}`, `src/crypto/testing/**/*.${TS}`];

const SDK_TESTS_ONLY =
  '@aws-crypto/* is a dev dependency for interoperability tests only (src/crypto/**/*.test.ts, src/crypto/testing).';

/** src/crypto uses WebCrypto through globalThis.crypto, never Node's crypto module. */
function webCryptoOnlyBans() {
  const message = "Use WebCrypto (globalThis.crypto.subtle), not Node's crypto module.";
  return [...bannedPackage('node:crypto', message), ...bannedPackage('crypto', message)];
}

const UI_LIBRARY_IMPORTS = UI_LIBRARIES.flatMap((name) =>
  bannedPackage(name, `${name} belongs to the UI; this layer must stay UI-free.`),
);

const PURE_LAYER_IMPORTS = [
  ...UI_LIBRARY_IMPORTS,
  ...bannedFolders(
    ['state', 'ui', 'crypto', 'cli'],
    'engine, scenario and crypto import nothing from state, ui, crypto or cli.',
  ),
];

const ENGINE_IMPURE =
  'The engine is synchronous and deterministic: no DOM, clock, randomness or timers.';
const ENGINE_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'crypto',
  'performance',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'requestAnimationFrame',
  'requestIdleCallback',
  'process',
].map((name) => ({ name, message: ENGINE_IMPURE }));

const ENGINE_PROPERTIES = [
  {
    object: 'Date',
    property: 'now',
    message: "Use the request's aws:CurrentTime, not the clock.",
  },
  {
    object: 'Math',
    property: 'random',
    message: 'The engine is deterministic: no randomness.',
  },
];

const ENGINE_SYNTAX = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: "`new Date()` reads the clock; use the request's aws:CurrentTime.",
  },
  {
    selector: "CallExpression[callee.name='Date']",
    message: "`Date()` reads the clock; use the request's aws:CurrentTime.",
  },
];

const ENGINE_MAX_DEPTH = 6;

/** Engine tests and their support code (builders, fast-check arbitraries). */
const ENGINE_TEST_FILES = [
  `src/engine/**/*.test.${TS}`,
  `src/engine/properties/**/*.${TS}`,
  `src/engine/testing/**/*.${TS}`,
];

function engineZone(depth, files) {
  return {
    name: `kms/engine-depth-${depth}`,
    files,
    ignores: ENGINE_TEST_FILES,
    rules: restrictions({
      imports: [...UI_LIBRARY_IMPORTS, ...engineBoundary(depth)],
      globalNames: ENGINE_GLOBALS,
      properties: ENGINE_PROPERTIES,
      syntax: ENGINE_SYNTAX,
    }),
  };
}

/**
 * One config object per engine depth, so relative imports are checked exactly; the catch-all for
 * deeper files comes first so that the exact ones override it.
 */
const engineZones = [
  engineZone(ENGINE_MAX_DEPTH, [`src/engine/**/*.${TS}`]),
  ...Array.from({ length: ENGINE_MAX_DEPTH }, (_, depth) =>
    engineZone(depth, [`src/engine/${'*/'.repeat(depth)}*.${TS}`]),
  ),
  {
    // Tests beside the engine code use vitest, fast-check, fixtures and examples; they still may
    // not pull in the UI.
    name: 'kms/engine-tests',
    files: ENGINE_TEST_FILES,
    rules: restrictions({ imports: PURE_LAYER_IMPORTS }),
  },
];

/** The other folders of src/; their globs do not overlap. */
const otherZones = [
  {
    folder: 'src/scenario',
    imports: [...PURE_LAYER_IMPORTS, ...cryptoImportBans()],
    globalNames: cryptoGlobal,
  },
  {
    // Pure like src/scenario (no UI, state or CLI), but the one place allowed the WebCrypto
    // global. Only the browser's WebCrypto (globalThis.crypto), never Node's crypto module, so the
    // same code runs in the page, a worker and Vitest; the official SDK is for tests only.
    folder: 'src/crypto',
    ignores: CRYPTO_TEST_FILES,
    imports: [
      ...PURE_LAYER_IMPORTS,
      ...webCryptoOnlyBans(),
      ...bannedPackage('@aws-crypto', SDK_TESTS_ONLY),
    ],
    globalNames: [],
  },
  {
    folder: 'src/crypto',
    name: 'kms/src/crypto-tests',
    files: CRYPTO_TEST_FILES,
    imports: [...PURE_LAYER_IMPORTS, ...webCryptoOnlyBans()],
    globalNames: [],
  },
  {
    folder: 'src/state',
    imports: [
      ...libraryHomeBans('src/state'),
      ...cryptoImportBans(),
      ...bannedFolders(['ui', 'cli'], 'src/state must not depend on the UI or the CLI.'),
    ],
    globalNames: cryptoGlobal,
  },
  { folder: 'src/cli', imports: libraryHomeBans('src/cli'), globalNames: [] },
  {
    folder: 'src/ui/editor',
    imports: [...libraryHomeBans('src/ui/editor'), ...cryptoImportBans()],
  },
  {
    folder: 'src/ui/flow',
    imports: [...libraryHomeBans('src/ui/flow'), ...cryptoImportBans()],
  },
].map(({ folder, name, files, ignores, imports, globalNames = cryptoGlobal }) => ({
  name: name ?? `kms/${folder}`,
  files: files ?? [`${folder}/**/*.${TS}`],
  ...(ignores ? { ignores } : {}),
  rules: restrictions({ imports, globalNames }),
}));

/**
 * The simulated KMS account (issue 4): as pure as the engine (no DOM, clock, randomness or timers;
 * ids come from counters and hashes) and UI-free. It may use the engine and the scenario types.
 */
const simulatorZone = {
  name: 'kms/src/simulator',
  files: [`src/simulator/**/*.${TS}`],
  rules: restrictions({
    imports: [
      ...UI_LIBRARY_IMPORTS,
      ...cryptoImportBans(),
      ...bannedFolders(
        ['state', 'ui', 'cli'],
        'src/simulator imports nothing from state, ui or cli.',
      ),
    ],
    globalNames: ENGINE_GLOBALS,
    properties: ENGINE_PROPERTIES,
    syntax: ENGINE_SYNTAX,
  }),
};

/**
 * Lessons (issue 6): data plus the pure code that checks each step with the engine and the
 * simulator. As pure as the simulator, so the unit suite and the app read the same lessons.
 */
const lessonsZone = {
  name: 'kms/src/lessons',
  files: [`src/lessons/**/*.${TS}`],
  // Tests also run each lesson's console lines with real cryptography (src/crypto).
  ignores: [`src/lessons/**/*.test.${TS}`],
  rules: restrictions({
    imports: [
      ...UI_LIBRARY_IMPORTS,
      ...cryptoImportBans(),
      ...bannedFolders(
        ['state', 'ui', 'cli', 'crypto'],
        'src/lessons imports nothing from state, ui, cli or crypto.',
      ),
    ],
    globalNames: ENGINE_GLOBALS,
    properties: ENGINE_PROPERTIES,
    syntax: ENGINE_SYNTAX,
  }),
};

const lessonsTestZone = {
  name: 'kms/src/lessons-tests',
  files: [`src/lessons/**/*.test.${TS}`],
  rules: restrictions({
    imports: [
      ...UI_LIBRARY_IMPORTS,
      ...bannedFolders(['state', 'ui', 'cli'], 'Lesson tests need no UI.'),
    ],
  }),
};

/**
 * The words (issue 10): trace → text for the map, the decision panel, lessons, instructor mode and
 * the CLI. Pure like the lessons, so every screen and the CLI say the same thing.
 */
const explainZone = {
  name: 'kms/src/explain',
  files: [`src/explain/**/*.${TS}`],
  ignores: [`src/explain/**/*.test.${TS}`],
  rules: restrictions({
    imports: [
      ...UI_LIBRARY_IMPORTS,
      ...cryptoImportBans(),
      ...bannedFolders(
        ['state', 'ui', 'cli', 'crypto', 'simulator', 'lessons'],
        'src/explain imports only the engine and the scenario.',
      ),
    ],
    globalNames: ENGINE_GLOBALS,
    properties: ENGINE_PROPERTIES,
    syntax: ENGINE_SYNTAX,
  }),
};

/**
 * Fixes (issue 10): verified changes for denied requests. As pure as the engine (no DOM, clock,
 * randomness or timers) and UI-free; they use the engine and the scenario codec. Their tests may
 * also use the lessons' JSON Patch applier, as an independent check, and the CLI's large scenario.
 */
const fixesZone = {
  name: 'kms/src/fixes',
  files: [`src/fixes/**/*.${TS}`],
  ignores: [`src/fixes/**/*.test.${TS}`, `src/fixes/testing/**/*.${TS}`],
  rules: restrictions({
    imports: [
      ...UI_LIBRARY_IMPORTS,
      ...cryptoImportBans(),
      ...bannedFolders(
        ['state', 'ui', 'cli', 'crypto', 'simulator', 'lessons', 'explain'],
        'src/fixes imports only the engine and the scenario.',
      ),
    ],
    globalNames: ENGINE_GLOBALS,
    properties: ENGINE_PROPERTIES,
    syntax: ENGINE_SYNTAX,
  }),
};

const fixesTestZone = {
  name: 'kms/src/fixes-tests',
  files: [`src/fixes/**/*.test.${TS}`, `src/fixes/testing/**/*.${TS}`],
  rules: restrictions({
    imports: [...UI_LIBRARY_IMPORTS, ...bannedFolders(['state', 'ui'], 'Fix tests need no UI.')],
  }),
};

/**
 * Who can use which key (issue 15): the access matrix and its diff. As pure as the fixes (no DOM,
 * clock, randomness or timers) and UI-free; it uses the engine and the scenario. The app runs it in
 * a worker that lives in src/ui/access.
 */
const accessZone = {
  name: 'kms/src/access',
  files: [`src/access/**/*.${TS}`],
  ignores: [`src/access/**/*.test.${TS}`],
  rules: restrictions({
    imports: [
      ...UI_LIBRARY_IMPORTS,
      ...cryptoImportBans(),
      ...bannedFolders(
        ['state', 'ui', 'cli', 'crypto', 'simulator', 'lessons', 'explain', 'fixes'],
        'src/access imports only the engine and the scenario.',
      ),
    ],
    globalNames: ENGINE_GLOBALS,
    properties: ENGINE_PROPERTIES,
    syntax: ENGINE_SYNTAX,
  }),
};

const accessTestZone = {
  name: 'kms/src/access-tests',
  files: [`src/access/**/*.test.${TS}`],
  rules: restrictions({
    imports: [...UI_LIBRARY_IMPORTS, ...bannedFolders(['state', 'ui'], 'Access tests need no UI.')],
  }),
};

/** Everything else in src/ (ui/app, ui/panels, main.tsx, ...). */
const restOfSrc = {
  name: 'kms/src',
  files: [`src/**/*.${TS}`],
  ignores: [
    'src/engine/**',
    'src/scenario/**',
    'src/crypto/**',
    'src/state/**',
    'src/cli/**',
    'src/ui/editor/**',
    'src/ui/flow/**',
    'src/simulator/**',
    'src/lessons/**',
    'src/fixes/**',
    'src/explain/**',
    'src/access/**',
  ],
  rules: restrictions({
    imports: [...libraryHomeBans('src'), ...cryptoImportBans()],
    globalNames: cryptoGlobal,
  }),
};

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-*/',
    'test-results-*/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'coverage/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'kms/browser',
    files: [`src/**/*.${TS}`],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'kms/node',
    files: [
      '*.{js,ts}',
      'scripts/**/*.mjs',
      `e2e/**/*.${TS}`,
      `src/cli/**/*.${TS}`,
      `src/**/*.test.${TS}`,
    ],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'kms/react-hooks',
    files: [`src/**/*.${TS}`],
    ...reactHooks.configs.flat.recommended,
  },
  {
    name: 'kms/unused',
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'none',
        },
      ],
    },
  },
  restOfSrc,
  simulatorZone,
  lessonsZone,
  lessonsTestZone,
  fixesZone,
  fixesTestZone,
  accessZone,
  accessTestZone,
  explainZone,
  ...otherZones,
  ...engineZones,
]);
