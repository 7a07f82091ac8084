/**
 * The manifest audited against docs/permissions.md: every permission, host
 * pattern and optional host pattern the extension asks for has a row there
 * with its reason, and nothing listed there is missing from the manifest.
 * Also: a strict content security policy for extension pages (the same string
 * the document shows), nothing web-accessible, nothing externally
 * connectable, and the Firefox manifest's data-collection declaration.
 *
 * Checked on the manifest the build config produces and, when they exist,
 * on the built dist/ and dist-firefox/ manifests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, firefoxManifest, GECKO_ID } from '../../vite.config';
import { manifestHostPatterns } from '../../src/sites/patterns';

const ROOT = resolve(import.meta.dirname, '../..');
const DOC = readFileSync(join(ROOT, 'docs/permissions.md'), 'utf8');
const CURATED = '<curated news sites>';

interface Row {
  name: string;
  kind: 'permission' | 'host' | 'optional host';
  reason: string;
}

/** Rows of the document's tables: | `name` | kind | reason | */
function documented(): Row[] {
  const rows: Row[] = [];
  for (const line of DOC.split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|\s*(permission|host|optional host)\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
    if (m) rows.push({ name: m[1]!, kind: m[2] as Row['kind'], reason: m[3]! });
  }
  return rows;
}

function documentedCsp(): string {
  const m = /## Content security policy[\s\S]*?```\n([^\n]+)\n```/.exec(DOC);
  if (!m) throw new Error('docs/permissions.md: no CSP block under "## Content security policy"');
  return m[1]!.trim();
}

type Manifest = {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } }; gecko_android?: { strict_min_version?: string } };
  key?: string;
};

/** What the manifest asks for, in the document's terms. */
function requested(m: Manifest): string[] {
  const curated = manifestHostPatterns();
  const hosts = m.host_permissions ?? [];
  return [
    ...(m.permissions ?? []).map((p) => `permission ${p}`),
    ...(m.optional_permissions ?? []).map((p) => `optional permission ${p}`),
    ...(JSON.stringify([...hosts].sort()) === JSON.stringify([...curated].sort()) ? [`host ${CURATED}`] : hosts.map((h) => `host ${h}`)),
    ...(m.optional_host_permissions ?? []).map((p) => `optional host ${p}`),
  ];
}

/** Directives that must hold, whatever else the policy says. */
function checkCsp(csp: string): void {
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values] as const;
      }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('default-src')).toEqual(["'none'"]);
  expect(directives.get('connect-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  for (const [name, values] of directives) {
    for (const v of values) {
      expect(["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", '*', "'unsafe-hashes'"], `${name} ${v}`).not.toContain(v);
    }
    if (name !== 'img-src') expect(values.filter((v) => /^(https?:|data:|blob:)/.test(v)), name).toEqual([]);
  }
}

function audit(m: Manifest, where: string): void {
  const rows = documented();
  const doc = rows.map((r) => `${r.kind} ${r.name}`).sort();
  const asked = requested(m).sort();
  const undocumented = asked.filter((x) => !doc.includes(x));
  const unused = doc.filter((x) => !asked.includes(x));
  expect(undocumented, `${where} asks for these without a row in docs/permissions.md (add one with the reason)`).toEqual([]);
  expect(unused, `docs/permissions.md lists these but ${where} does not ask for them`).toEqual([]);
  for (const r of rows) expect(r.reason.length, `reason for ${r.name}`).toBeGreaterThan(30);

  // Content scripts run only where the curated list grants access, top frame only.
  for (const cs of m.content_scripts ?? []) {
    expect([...cs.matches].sort()).toEqual([...manifestHostPatterns()].sort());
    expect(cs.all_frames ?? false).toBe(false);
  }
  const csp = m.content_security_policy?.extension_pages;
  expect(csp, `${where}: content_security_policy.extension_pages`).toBeDefined();
  expect(csp).toBe(documentedCsp());
  checkCsp(csp!);
  expect(m.content_security_policy?.sandbox).toBeUndefined();
  expect(m.web_accessible_resources, `${where}: nothing web-accessible`).toBeUndefined();
  expect(m.externally_connectable, `${where}: no externally_connectable`).toBeUndefined();
  expect(m.key, `${where}: no key`).toBeUndefined();
  expect(m.manifest_version).toBe(3);
}

describe('manifest audit against docs/permissions.md', () => {
  it('the document has a row with a reason for each thing it lists', () => {
    const rows = documented();
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(new Set(rows.map((r) => `${r.kind} ${r.name}`)).size).toBe(rows.length);
  });

  it('the shipped manifest (from the build config)', () => {
    audit(buildManifest(false) as unknown as Manifest, 'buildManifest(false)');
  });

  it('catches a permission without a row, a row without a permission, and a loose CSP', () => {
    const good = buildManifest(false) as unknown as Manifest;
    expect(() => audit({ ...good, permissions: [...good.permissions!, 'tabs'] }, 'extra')).toThrow(/without a row/);
    expect(() => audit({ ...good, permissions: good.permissions!.filter((p) => p !== 'storage') }, 'fewer')).toThrow(/does not ask/);
    expect(() => audit({ ...good, host_permissions: ['<all_urls>'] }, 'broad')).toThrow(/without a row/);
    const loose = { ...good, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; object-src 'self'" } };
    expect(() => audit(loose, 'loose')).toThrow();
    expect(() => checkCsp("default-src 'none'; script-src 'self' https://cdn.example; object-src 'none'; connect-src 'none'; base-uri 'none'; frame-ancestors 'none'")).toThrow();
  });

  it('the document\'s CSP is strict', () => {
    checkCsp(documentedCsp());
  });

  const dist = join(ROOT, 'dist/manifest.json');
  it.skipIf(!existsSync(dist))('dist/manifest.json as built', () => {
    audit(JSON.parse(readFileSync(dist, 'utf8')) as Manifest, 'dist/manifest.json');
  });

  function checkFirefox(m: Manifest & { background?: Record<string, unknown>; minimum_chrome_version?: string }, where: string): void {
    audit(m, where);
    const gecko = m.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(GECKO_ID);
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    // data_collection_permissions: Firefox 140 on desktop, 142 on Android
    expect(Number(gecko?.strict_min_version?.split('.')[0])).toBeGreaterThanOrEqual(140);
    expect(Number(m.browser_specific_settings?.gecko_android?.strict_min_version?.split('.')[0])).toBeGreaterThanOrEqual(142);
    expect(m.background?.service_worker).toBeUndefined();
    expect(m.background?.scripts).toHaveLength(1);
    expect(m.background?.type).toBe('module');
    expect(m.minimum_chrome_version).toBeUndefined();
  }

  it('the Firefox manifest (from the build config)', () => {
    checkFirefox(firefoxManifest(buildManifest(false)) as unknown as Manifest, 'firefoxManifest(buildManifest(false))');
  });

  const firefox = join(ROOT, 'dist-firefox/manifest.json');
  it.skipIf(!existsSync(firefox))('dist-firefox/manifest.json as built', () => {
    checkFirefox(JSON.parse(readFileSync(firefox, 'utf8')) as Manifest, 'dist-firefox/manifest.json');
  });
});
