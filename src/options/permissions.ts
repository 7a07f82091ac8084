/**
 * Host permissions asked for at run time. The manifest declares
 * `optional_host_permissions: ["https://*\/*", "http://*\/*"]`, so any site
 * pattern is grantable. Chrome requires `permissions.request` to be called
 * while handling the click: callers must call these before any `await`.
 */
import browser from 'webextension-polyfill';

export const ALL_SITES = ['https://*/*', 'http://*/*'];

/** One pattern covers the domain and every subdomain (`*.example.com` matches example.com too). */
export const siteOrigins = (site: string) => [`*://*.${site}/*`];

export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins }).catch(() => false);
}

export function removeOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.remove({ origins }).catch(() => false);
}

export function hasOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins }).catch(() => false);
}
