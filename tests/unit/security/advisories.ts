/**
 * Published security advisories for the packages that handle what strangers send (the sanitiser, the XML parsers),
 * the store, and the shell that ships; checked against package-lock.json by advisories.test.ts, offline, because
 * `npm audit` cannot reach its service from every machine that runs the tests (.ci/audit runs it where it can).
 *
 * Each row names an advisory and the releases that fix it, one per release line, as the advisory states them. Add a
 * row when a project publishes one (GitHub's advisory database, the project's security page), and set `checked` on
 * every package whose advisories were read again, even if none were new.
 */
export interface Advisory {
  /** GHSA id, with the CVE id where one was assigned. */
  id: string;
  summary: string;
  /** The first fixed release of each line the advisory names. */
  fixedIn: readonly string[];
}

export interface WatchedPackage {
  name: string;
  /** The day its published advisories were last read. */
  checked: string;
  /** Empty when none has been published; the package stays listed so that the next look is not forgotten. */
  advisories: readonly Advisory[];
}

export const watchedPackages: readonly WatchedPackage[] = [
  {
    name: 'dompurify',
    checked: '2026-12-07',
    advisories: [
      { id: 'GHSA-mmhx-hmjr-r674 (CVE-2024-45801)', summary: 'nesting depth check bypassed, prototype pollution weakens it', fixedIn: ['2.5.4', '3.1.3'] },
      { id: 'GHSA-vhxf-7vqr-mrjg (CVE-2025-26791)', summary: 'XSS through a wrong template-literal expression with SAFE_FOR_TEMPLATES', fixedIn: ['3.2.4'] },
      { id: 'GHSA-h8r8-wccr-v5f2', summary: 'mutation XSS via re-contextualisation', fixedIn: ['3.3.2'] },
      { id: 'GHSA-cmwh-pvxp-8882', summary: 'ALLOWED_ATTR polluted for good via setConfig, past the hook clone guard', fixedIn: ['3.4.11'] },
      { id: 'GHSA-55q2-fjhq-7xh7', summary: 'IN_PLACE hook removal leaves a detached subtree executable', fixedIn: ['3.4.13'] },
    ],
  },
  // rss-parser reads XML through xml2js, which reads through sax.
  { name: 'sax', checked: '2026-12-07', advisories: [] },
  {
    name: 'xml2js',
    checked: '2026-12-07',
    advisories: [{ id: 'GHSA-776f-qx25-q3cc (CVE-2023-0842)', summary: 'prototype pollution through `__proto__` element names', fixedIn: ['0.5.0'] }],
  },
  {
    name: 'rss-parser',
    checked: '2026-12-07',
    // None of its own; 3.13.0 is the first release that requires the fixed xml2js (^0.5.0).
    advisories: [{ id: 'GHSA-776f-qx25-q3cc (CVE-2023-0842), through xml2js', summary: 'requires an xml2js open to prototype pollution', fixedIn: ['3.13.0'] }],
  },
  {
    name: 'dexie',
    checked: '2026-12-07',
    advisories: [{ id: 'GHSA-3xgx-r9j4-qw9w (CVE-2022-21189)', summary: 'prototype pollution in Dexie.setByKeyPath', fixedIn: ['3.2.2', '4.0.0-alpha.3'] }],
  },
  {
    // A development dependency, but it is the runtime every installer ships.
    name: 'electron',
    checked: '2026-12-07',
    advisories: [
      { id: 'GHSA-vmqv-hx8q-j7mg (CVE-2025-55305)', summary: 'ASAR integrity bypass via resource modification', fixedIn: ['35.7.5', '36.8.1', '37.3.1', '38.0.0-beta.6'] },
      { id: 'GHSA-9f4c-93c8-jc8g', summary: 'a sandboxed iframe without allow-popups can open a window through the OpenURL path', fixedIn: ['39.8.10', '41.10.3', '42.0.1'] },
      { id: 'GHSA-hq2x-r82h-9wj4 (CVE-2026-102673)', summary: 'popups from a sandboxed iframe lose its sandbox through OpenURLFromTab', fixedIn: ['41.10.4', '42.5.2', '43.0.0'] },
    ],
  },
];

interface Version {
  core: [number, number, number];
  prerelease: string[];
}

function parseVersion(text: string): Version {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(text);
  if (!match) throw new Error(`Not a version: ${text}`);
  return { core: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease: match[4]?.split('.') ?? [] };
}

/** Semantic-version order: a prerelease comes before its release, its parts compared as numbers where they are. */
export function compareVersions(left: string, right: string): number {
  const a = parseVersion(left);
  const b = parseVersion(right);
  for (let i = 0; i < 3; i++) if (a.core[i] !== b.core[i]) return (a.core[i] ?? 0) - (b.core[i] ?? 0);
  if (!a.prerelease.length || !b.prerelease.length) return b.prerelease.length - a.prerelease.length;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    return numeric ? Number(x) - Number(y) : x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The release an installed version must reach: the fix in its own line when the advisory names one, else the newest
 * fix, since a line the advisory does not name was either never fixed or came after the last one it names.
 */
export function minimumFor(installed: string, advisory: Advisory): string {
  const line = parseVersion(installed).core[0];
  const sameLine = advisory.fixedIn.find((fixed) => parseVersion(fixed).core[0] === line);
  return sameLine ?? [...advisory.fixedIn].sort(compareVersions).at(-1) ?? '0.0.0';
}

/** package-lock.json (lockfile version 2 or 3): every installed copy of a package, nested ones included. */
export interface Lockfile {
  packages: Record<string, { version?: string }>;
}

export function installedVersions(lock: Lockfile, name: string): string[] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => (path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`)) && entry.version)
    .map(([, entry]) => entry.version as string);
}

/** One line per installed copy below the fix of an advisory (or per watched package not installed at all). */
export function advisoryFindings(lock: Lockfile, table: readonly WatchedPackage[] = watchedPackages): string[] {
  return table.flatMap((watched) => {
    const versions = installedVersions(lock, watched.name);
    if (!versions.length) return [`${watched.name} is not in package-lock.json: take it out of the advisory table, or find where it went`];
    return versions.flatMap((installed) =>
      watched.advisories
        .map((advisory) => ({ advisory, minimum: minimumFor(installed, advisory) }))
        .filter(({ minimum }) => compareVersions(installed, minimum) < 0)
        .map(({ advisory, minimum }) => `${watched.name} ${installed} is open to ${advisory.id} (${advisory.summary}): install ${minimum} or later`),
    );
  });
}
