/**
 * Which content scripts to register at run time (pure; see registration.ts for
 * the browser side).
 */
import type { Scripting } from 'webextension-polyfill';
import type { Settings } from '../shared/settings';
import { manifestHostPatterns } from '../sites/patterns';

export const USER_SITES_ID = 'winnow-user-sites';
export const ARTICLE_PAGES_ID = 'winnow-article-pages';

type Registration = Scripting.RegisteredContentScript;

/** Pure: the registrations wanted, given settings, granted origins and which site patterns are granted. */
export function plannedRegistrations(
  settings: Settings,
  grantedOrigins: string[],
  grantedUserPatterns: string[],
  files: { listed: string; article: string },
): Registration[] {
  const listed = new Set(manifestHostPatterns());
  const user = grantedUserPatterns.filter((p) => !listed.has(p));
  const out: Registration[] = [];
  if (user.length) {
    out.push({ id: USER_SITES_ID, matches: user, js: [files.listed], runAt: 'document_idle', allFrames: false });
  }
  const broad = grantedOrigins.filter((o) => !listed.has(o) && !user.includes(o));
  if (settings.allArticlePages && broad.length) {
    out.push({
      id: ARTICLE_PAGES_ID,
      matches: broad,
      excludeMatches: [...listed, ...user],
      js: [files.article],
      runAt: 'document_idle',
      allFrames: false,
    });
  }
  return out;
}

export function sameRegistration(a: Registration, b: Registration): boolean {
  const norm = (r: Registration) =>
    JSON.stringify([r.id, [...(r.matches ?? [])].sort(), [...(r.excludeMatches ?? [])].sort(), r.js, r.runAt]);
  return norm(a) === norm(b);
}

