import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advisoryFindings, compareVersions, minimumFor, watchedPackages, type Lockfile } from './advisories';

const lock = JSON.parse(readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8')) as Lockfile;

/** A lockfile with exactly these installed copies. */
const lockWith = (packages: Record<string, string>): Lockfile => ({
  packages: { '': {}, ...Object.fromEntries(Object.entries(packages).map(([path, version]) => [path, { version }])) },
});

describe('published advisories, checked offline against package-lock.json', () => {
  it('leave no installed copy of a watched package below its fix', () => {
    expect(advisoryFindings(lock)).toEqual([]);
  });

  it('say when each watched package was read, and name the releases that fix each advisory', () => {
    for (const watched of watchedPackages) {
      expect(watched.checked, watched.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const advisory of watched.advisories) {
        expect(advisory.id, watched.name).toMatch(/^(GHSA(-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d+)/);
        expect(advisory.fixedIn.length, advisory.id).toBeGreaterThan(0);
      }
    }
  });

  it('name the package, the installed version, the advisory and the release to install when a copy is below', () => {
    const findings = advisoryFindings(
      lockWith({
        'node_modules/dompurify': '3.4.18',
        'node_modules/some-editor/node_modules/dompurify': '3.1.2',
        'node_modules/sax': '1.6.1',
        'node_modules/xml2js': '0.4.23',
        'node_modules/rss-parser': '3.13.0',
        'node_modules/dexie': '4.0.0-alpha.2',
        'node_modules/electron': '40.10.6',
      }),
    );
    expect(findings).toContain('dompurify 3.1.2 is open to GHSA-mmhx-hmjr-r674 (CVE-2024-45801) (nesting depth check bypassed, prototype pollution weakens it): install 3.1.3 or later');
    expect(findings.filter((line) => line.startsWith('dompurify 3.1.2'))).toHaveLength(5);
    expect(findings.some((line) => line.startsWith('dompurify 3.4.18'))).toBe(false);
    expect(findings).toContain('xml2js 0.4.23 is open to GHSA-776f-qx25-q3cc (CVE-2023-0842) (prototype pollution through `__proto__` element names): install 0.5.0 or later');
    expect(findings.some((line) => line.startsWith('dexie 4.0.0-alpha.2 is open to GHSA-3xgx-r9j4-qw9w') && line.endsWith('install 4.0.0-alpha.3 or later'))).toBe(true);
    // The 40 line was never fixed: only a later line's fix will do.
    expect(findings.some((line) => line.startsWith('electron 40.10.6 is open to GHSA-9f4c-93c8-jc8g') && line.endsWith('install 42.0.1 or later'))).toBe(true);
  });

  it('say so when a watched package has left the lockfile, so that the table is kept true', () => {
    expect(advisoryFindings(lockWith({}), [{ name: 'sax', checked: '2026-12-07', advisories: [] }])).toEqual([
      'sax is not in package-lock.json: take it out of the advisory table, or find where it went',
    ]);
  });

  it('order versions as npm does: a prerelease before its release, numbers as numbers', () => {
    expect(compareVersions('4.0.0-alpha.3', '4.0.0')).toBeLessThan(0);
    expect(compareVersions('4.0.0-alpha.10', '4.0.0-alpha.3')).toBeGreaterThan(0);
    expect(compareVersions('3.4.18', '3.4.13')).toBeGreaterThan(0);
    expect(compareVersions('45.5.0', '43.0.0')).toBeGreaterThan(0);
    expect(minimumFor('36.9.0', { id: 'x', summary: '', fixedIn: ['35.7.5', '36.8.1', '37.3.1'] })).toBe('36.8.1');
    expect(minimumFor('45.5.0', { id: 'x', summary: '', fixedIn: ['41.10.4', '42.5.2', '43.0.0'] })).toBe('43.0.0');
  });
});
