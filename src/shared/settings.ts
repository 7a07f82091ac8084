/**
 * The reader's settings: one typed object, validated field by field on every
 * read so that a bad, missing or old value falls back to its default without
 * costing the reader the others.
 *
 * Storage layout in `storage.sync`: one key per field (so two surfaces writing
 * different fields never overwrite each other), except corrections, which are
 * stored one key per site (`corrections:<site>`) because sync storage caps a
 * single item at 8 KB and a whole corrections map would outgrow it.
 */
import browser from 'webextension-polyfill';
import { getDomain } from 'tldts';
import type { Correction, Sensitivity } from '../engine/types';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type HighlightMode = 'tint' | 'collapse';

export interface Settings {
  /** Sites the reader added (registrable domains, e.g. 'example.com'). */
  enabledSites: string[];
  /** Sites (curated or added) where automatic highlighting is paused. */
  pausedSites: string[];
  /** Opt-in: run on any page that looks like an article (needs broad host permission). */
  allArticlePages: boolean;
  sensitivity: Sensitivity;
  highlightMode: HighlightMode;
  /** Global default for highlighting; per-site exceptions live in `siteOff`. */
  highlightOn: boolean;
  /** Sites where the reader turned highlighting off. */
  siteOff: string[];
  /** The reader's corrections, per site. */
  corrections: Record<string, Correction[]>;
  theme: Theme;
  /** Reading view font size in CSS px. */
  fontSize: number;
  /** Reading view line width in `ch`. */
  lineWidth: number;
  memoryEnabled: boolean;
  memoryCapMB: number;
  /** Distinct earlier pages of a site that make a block its template. */
  templateThreshold: number;
  /** Whether the memory may keep block text (otherwise only fingerprints). */
  storeText: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabledSites: [],
  pausedSites: [],
  allArticlePages: false,
  sensitivity: 'balanced',
  highlightMode: 'tint',
  highlightOn: true,
  siteOff: [],
  corrections: {},
  theme: 'system',
  fontSize: 18,
  lineWidth: 68,
  memoryEnabled: true,
  memoryCapMB: 25,
  templateThreshold: 3,
  storeText: false,
}) as Readonly<Settings>;

export const SENSITIVITIES: readonly Sensitivity[] = ['conservative', 'balanced', 'thorough'];
export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
export const HIGHLIGHT_MODES: readonly HighlightMode[] = ['tint', 'collapse'];
export const FONT_SIZE = { min: 12, max: 32 } as const;
export const LINE_WIDTH = { min: 40, max: 100 } as const;
export const MEMORY_CAP_MB = { min: 1, max: 500 } as const;
export const TEMPLATE_THRESHOLD = { min: 2, max: 50 } as const;

const CORRECTIONS_PREFIX = 'corrections:';
const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/**
 * Reduce what a reader types ("https://www.news.Example.co.uk/a") to a site key:
 * the registrable domain ("example.co.uk", via the public suffix list), so that
 * www.kenyastar.com and kenyastar.com are one site. Returns null when the input
 * has no plausible host name (or is an IP address / bare suffix).
 */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  s = s.replace(/^[^@/]*@/, '');
  s = s.split(/[/?#]/)[0] ?? '';
  s = s.replace(/:\d+$/, '').replace(/\.$/, '');
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/.test(s)) return null;
  return getDomain(s);
}

// --- validation -------------------------------------------------------------

type FieldParser<T> = (value: unknown) => T | undefined;

const oneOf =
  <T extends string>(allowed: readonly T[]): FieldParser<T> =>
  (v) =>
    typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

const bool: FieldParser<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);

const intIn =
  (min: number, max: number): FieldParser<number> =>
  (v) => {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    return typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max ? Math.round(n) : undefined;
  };

/** A list of sites: invalid entries are dropped (reported), duplicates merged. */
function parseSiteList(v: unknown, field: string, problems: string[]): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out = new Set<string>();
  for (const item of v) {
    const site = typeof item === 'string' ? normalizeSite(item) : null;
    if (site) out.add(site);
    else problems.push(`${field}: dropped invalid site ${JSON.stringify(item)}`);
  }
  return [...out];
}

export function parseCorrection(v: unknown): Correction | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const { fingerprint, action } = v as Record<string, unknown>;
  if (typeof fingerprint !== 'string' || fingerprint.length === 0 || fingerprint.length > 200) return undefined;
  if (action !== 'keep' && action !== 'flag') return undefined;
  return { fingerprint, action };
}

/** One site's corrections: invalid ones dropped, the latest action per fingerprint wins. */
function parseCorrectionList(v: unknown, site: string, problems: string[]): Correction[] {
  if (!Array.isArray(v)) {
    problems.push(`corrections[${site}]: not a list`);
    return [];
  }
  const byPrint = new Map<string, Correction>();
  for (const item of v) {
    const c = parseCorrection(item);
    if (!c) {
      problems.push(`corrections[${site}]: dropped invalid correction`);
      continue;
    }
    byPrint.delete(c.fingerprint);
    byPrint.set(c.fingerprint, c);
  }
  return [...byPrint.values()];
}

function parseCorrections(v: unknown, problems: string[]): Record<string, Correction[]> | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const out: Record<string, Correction[]> = {};
  for (const [key, list] of Object.entries(v as Record<string, unknown>)) {
    const site = normalizeSite(key);
    if (!site) {
      problems.push(`corrections: dropped invalid site ${JSON.stringify(key)}`);
      continue;
    }
    const parsed = parseCorrectionList(list, site, problems);
    if (parsed.length) out[site] = [...(out[site] ?? []), ...parsed];
  }
  return out;
}

/**
 * Validate anything (storage contents, an imported file) into complete
 * settings. Each field is checked on its own; a field that is missing takes its
 * default silently, a field that is present but wrong takes its default and is
 * reported in `problems`. Unknown keys are ignored (newer versions may add some).
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const settings = cloneDefaults();
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, problems: ['settings: not an object; using defaults'] };
  }
  const r = raw as Record<string, unknown>;

  const take = <K extends keyof Settings>(key: K, parse: (v: unknown) => Settings[K] | undefined) => {
    if (!(key in r) || r[key] === undefined) return;
    const value = parse(r[key]);
    if (value === undefined) problems.push(`${key}: invalid value ${short(r[key])}; using default`);
    else settings[key] = value;
  };

  take('enabledSites', (v) => parseSiteList(v, 'enabledSites', problems));
  take('pausedSites', (v) => parseSiteList(v, 'pausedSites', problems));
  take('siteOff', (v) => parseSiteList(v, 'siteOff', problems));
  take('allArticlePages', bool);
  take('sensitivity', oneOf(SENSITIVITIES));
  take('highlightMode', oneOf(HIGHLIGHT_MODES));
  take('highlightOn', bool);
  take('corrections', (v) => parseCorrections(v, problems));
  take('theme', oneOf(THEMES));
  take('fontSize', intIn(FONT_SIZE.min, FONT_SIZE.max));
  take('lineWidth', intIn(LINE_WIDTH.min, LINE_WIDTH.max));
  take('memoryEnabled', bool);
  take('memoryCapMB', intIn(MEMORY_CAP_MB.min, MEMORY_CAP_MB.max));
  take('templateThreshold', intIn(TEMPLATE_THRESHOLD.min, TEMPLATE_THRESHOLD.max));
  take('storeText', bool);
  return { settings, problems };
}

function short(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function cloneDefaults(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

// --- storage ----------------------------------------------------------------

/** Storage items (flat keys) → the settings object parseSettings expects. */
export function fromStorageItems(items: Record<string, unknown>): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const corrections: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(items)) {
    if (key.startsWith(CORRECTIONS_PREFIX)) corrections[key.slice(CORRECTIONS_PREFIX.length)] = value;
    else if ((SETTINGS_KEYS as string[]).includes(key) && key !== 'corrections') raw[key] = value;
  }
  raw.corrections = corrections;
  return raw;
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsWithProblems()).settings;
}

export async function loadSettingsWithProblems(): Promise<{ settings: Settings; problems: string[] }> {
  let items: Record<string, unknown> = {};
  try {
    items = await browser.storage.sync.get(null);
  } catch {
    // Sync storage can be unavailable (disabled by policy, quota errors): defaults still work.
  }
  return parseSettings(fromStorageItems(items));
}

/**
 * Save some fields. The values are validated first (an invalid one throws: a
 * caller bug, not reader data). `corrections`, when given, replaces the whole
 * map: sites missing from it are removed.
 */
export async function saveSettings(partial: Partial<Settings>): Promise<void> {
  const { corrections, ...rest } = partial;
  const { settings, problems } = parseSettings({ ...rest, ...(corrections ? { corrections } : {}) });
  if (problems.length) throw new Error(`saveSettings: ${problems.join('; ')}`);
  const toSet: Record<string, unknown> = {};
  for (const key of Object.keys(rest) as (keyof Settings)[]) {
    if ((SETTINGS_KEYS as string[]).includes(key)) toSet[key] = settings[key];
  }
  const toRemove: string[] = [];
  if (corrections) {
    const current = await browser.storage.sync.get(null);
    for (const key of Object.keys(current)) {
      if (key.startsWith(CORRECTIONS_PREFIX) && !(key.slice(CORRECTIONS_PREFIX.length) in settings.corrections)) {
        toRemove.push(key);
      }
    }
    for (const [site, list] of Object.entries(settings.corrections)) toSet[CORRECTIONS_PREFIX + site] = list;
  }
  if (Object.keys(toSet).length) await browser.storage.sync.set(toSet);
  if (toRemove.length) await browser.storage.sync.remove(toRemove);
}

/** Record one correction for a site (replacing an earlier one for the same block). */
export async function addCorrection(site: string, correction: Correction): Promise<void> {
  const key = siteKeyOrThrow(site);
  const c = parseCorrection(correction);
  if (!c) throw new Error('addCorrection: invalid correction');
  const current = await readSiteCorrections(key);
  await browser.storage.sync.set({
    [CORRECTIONS_PREFIX + key]: [...current.filter((x) => x.fingerprint !== c.fingerprint), c],
  });
}

/** Forget one correction (by fingerprint), or all of a site's when no fingerprint is given. */
export async function removeCorrection(site: string, fingerprint?: string): Promise<void> {
  const key = siteKeyOrThrow(site);
  if (fingerprint === undefined) {
    await browser.storage.sync.remove(CORRECTIONS_PREFIX + key);
    return;
  }
  const rest = (await readSiteCorrections(key)).filter((x) => x.fingerprint !== fingerprint);
  if (rest.length) await browser.storage.sync.set({ [CORRECTIONS_PREFIX + key]: rest });
  else await browser.storage.sync.remove(CORRECTIONS_PREFIX + key);
}

async function readSiteCorrections(site: string): Promise<Correction[]> {
  const k = CORRECTIONS_PREFIX + site;
  const got = await browser.storage.sync.get(k);
  return got[k] === undefined ? [] : parseCorrectionList(got[k], site, []);
}

function siteKeyOrThrow(site: string): string {
  const key = normalizeSite(site);
  if (!key) throw new Error(`invalid site ${JSON.stringify(site)}`);
  return key;
}

/**
 * Call `listener` with fresh settings whenever any of them changes in sync
 * storage (from any surface). Returns a function that stops listening.
 */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync') return;
    const relevant = Object.keys(changes).some(
      (k) => k.startsWith(CORRECTIONS_PREFIX) || (SETTINGS_KEYS as string[]).includes(k),
    );
    if (relevant) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

// --- per-site questions the surfaces ask ---------------------------------------

/** Is highlighting on for this site (global default, minus sites turned off)? */
export function highlightOnFor(settings: Settings, site: string): boolean {
  return settings.highlightOn && !settings.siteOff.includes(site);
}

export function correctionsFor(settings: Settings, site: string): Correction[] {
  return settings.corrections[site] ?? [];
}

// --- export / import ----------------------------------------------------------

const EXPORT_FORMAT = 'winnow-settings';
const EXPORT_VERSION = 1;

/** Settings as a JSON document a reader can keep and import elsewhere. */
export async function exportSettings(): Promise<string> {
  const settings = await loadSettings();
  return serializeSettings(settings);
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, settings }, null, 2);
}

/**
 * Read an exported document (or a bare settings object), validate it and save
 * it in full. Returns the problems found (values that fell back to defaults).
 * Throws only when the text is not JSON or not a settings document at all.
 */
export async function importSettings(json: string): Promise<{ settings: Settings; problems: string[] }> {
  const { settings, problems } = parseSettingsDocument(json);
  await saveSettings(settings);
  return { settings, problems };
}

export function parseSettingsDocument(json: string): { settings: Settings; problems: string[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    throw new Error('This file is not JSON.');
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error('This file holds no Winnow settings.');
  const d = doc as Record<string, unknown>;
  const body = d.format === EXPORT_FORMAT ? d.settings : d;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('This file holds no Winnow settings.');
  const known = Object.keys(body).filter((k) => (SETTINGS_KEYS as string[]).includes(k));
  if (known.length === 0) throw new Error('This file holds no Winnow settings.');
  return parseSettings(body);
}
