/**
 * Security guards of the main process: the window never navigates away from the app, opens no other
 * window or webview, is granted no permission, and the session cancels every request that does not go to
 * the app's own `app://sparbar` origin (or stays in memory: `data:` and `blob:`). The decisions are pure
 * functions; the installers wire them onto Electron's objects.
 */
import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './protocol';

export interface RequestPolicy {
  /**
   * Lets `devtools:` requests through. Only for unpackaged development builds: the DevTools front end is
   * loaded over `devtools://` in the same session, so cancelling it leaves DevTools blank. Packaged builds
   * have no DevTools at all (webPreferences.devTools is false there).
   */
  allowDevtools: boolean;
}

const STRICT_POLICY: RequestPolicy = { allowDevtools: false };

function schemeOf(url: string): string | null {
  try {
    return new URL(url).protocol;
  } catch {
    return null;
  }
}

/**
 * May the session let this request through? Only the app's own origin (`app://sparbar/...`) and the
 * in-memory schemes `data:` and `blob:`; `http:`, `https:`, `ws:`, `wss:`, `file:`, `ftp:` and everything
 * else is cancelled, so the app makes no network request and reads no file behind the protocol's back.
 */
export function isAllowedRequestUrl(url: string, policy: RequestPolicy = STRICT_POLICY): boolean {
  switch (schemeOf(url)) {
    case 'app:':
      return isAppUrl(url);
    case 'data:':
    case 'blob:':
      return true;
    case 'devtools:':
      return policy.allowDevtools;
    default:
      return false;
  }
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * May the window navigate from `currentUrl` to `targetUrl`? Only a reload of the app page itself (same
 * app:// URL, the fragment aside); every other navigation, in the app or out of it, is refused. The app is
 * one page: moving between its screens never navigates.
 */
export function shouldAllowNavigation(targetUrl: string, currentUrl: string): boolean {
  return isAppUrl(targetUrl) && isAppUrl(currentUrl) && withoutFragment(targetUrl) === withoutFragment(currentUrl);
}

/** Every window.open, target=_blank link and the like is refused. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

export type GuardedWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'getURL'>;

/** Installs the navigation, redirect, new-window and webview guards on one webContents. */
export function guardWebContents(contents: GuardedWebContents): void {
  contents.on('will-navigate', (event) => {
    if (!shouldAllowNavigation(event.url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!shouldAllowNavigation(event.url, contents.getURL())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(windowOpenDecision);
}

export type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest'
>;

/** Denies every permission and cancels every request the policy does not allow, for one session. */
export function guardSession(session: GuardedSession, policy: RequestPolicy = STRICT_POLICY): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, policy) });
  });
}

/** Guards every webContents the app ever creates (windows, and anything else that might appear). */
export function guardAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents);
  });
}
