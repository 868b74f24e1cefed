import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  guardAllWebContents,
  guardSession,
  guardWebContents,
  isAllowedRequestUrl,
  shouldAllowNavigation,
  windowOpenDecision,
} from '../../../electron/security';

const APP_PAGE = 'app://sparbar/index.html';

describe('isAllowedRequestUrl', () => {
  it.each([
    'http://example.com/',
    'https://example.com/api',
    'http://127.0.0.1:5173/',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'ftp://example.com/file',
    'chrome-extension://abc/page.html',
    'app://evil/index.html',
    'app://sparbar.evil.com/index.html',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('cancels %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
  });

  it.each([APP_PAGE, 'app://sparbar/assets/index-abc.js', 'data:image/png;base64,iVBORw0KGgo=', 'blob:app://sparbar/0b1c2d3e'])(
    'lets %s through',
    (url) => {
      expect(isAllowedRequestUrl(url)).toBe(true);
    },
  );

  it('lets devtools:// through only when the policy allows DevTools (unpackaged builds)', () => {
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html', { allowDevtools: true })).toBe(true);
    expect(isAllowedRequestUrl('https://example.com/', { allowDevtools: true })).toBe(false);
  });
});

describe('shouldAllowNavigation', () => {
  it('allows only a reload of the same app page', () => {
    expect(shouldAllowNavigation(APP_PAGE, APP_PAGE)).toBe(true);
    expect(shouldAllowNavigation(`${APP_PAGE}#/projects`, `${APP_PAGE}#/start`)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:4173/',
    'file:///etc/passwd',
    'app://sparbar/other.html',
    'app://evil/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'about:blank',
  ])('refuses %s', (url) => {
    expect(shouldAllowNavigation(url, APP_PAGE)).toBe(false);
  });

  it('refuses anything when the current page is not the app', () => {
    expect(shouldAllowNavigation('https://example.com/', 'https://example.com/')).toBe(false);
  });

  it('denies every new window', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });
});

function fakeContents(currentUrl = APP_PAGE) {
  const emitter = new EventEmitter();
  let openHandler: (() => unknown) | undefined;
  const contents = Object.assign(emitter, {
    getURL: () => currentUrl,
    setWindowOpenHandler: vi.fn((handler: () => unknown) => {
      openHandler = handler;
    }),
  });
  const navigate = (event: string, url: string) => {
    const details = { url, preventDefault: vi.fn() };
    emitter.emit(event, details);
    return details.preventDefault;
  };
  return { contents, navigate, openWindow: () => openHandler?.() };
}

describe('guardWebContents', () => {
  it('prevents navigation and redirects away from the app, lets a reload through', () => {
    const { contents, navigate } = fakeContents();
    guardWebContents(contents as unknown as WebContents);
    expect(navigate('will-navigate', 'https://example.com/')).toHaveBeenCalled();
    expect(navigate('will-navigate', 'app://sparbar/other.html')).toHaveBeenCalled();
    expect(navigate('will-redirect', 'https://example.com/')).toHaveBeenCalled();
    expect(navigate('will-navigate', APP_PAGE)).not.toHaveBeenCalled();
  });

  it('denies window.open and prevents webviews', () => {
    const { contents, openWindow } = fakeContents();
    guardWebContents(contents as unknown as WebContents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(openWindow()).toEqual({ action: 'deny' });
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, {}, { src: 'https://example.com/' });
    expect(preventDefault).toHaveBeenCalled();
  });

  it('is installed on every webContents the app creates', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as unknown as App);
    const { contents, navigate } = fakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(navigate('will-navigate', 'https://example.com/')).toHaveBeenCalled();
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });
});

describe('guardSession', () => {
  function fakeSession() {
    const handlers: {
      request?: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
      check?: (...args: unknown[]) => boolean;
      device?: (...args: unknown[]) => boolean;
      beforeRequest?: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
    } = {};
    const session = {
      setPermissionRequestHandler: vi.fn((handler: typeof handlers.request) => (handlers.request = handler)),
      setPermissionCheckHandler: vi.fn((handler: typeof handlers.check) => (handlers.check = handler)),
      setDevicePermissionHandler: vi.fn((handler: typeof handlers.device) => (handlers.device = handler)),
      webRequest: { onBeforeRequest: vi.fn((handler: typeof handlers.beforeRequest) => (handlers.beforeRequest = handler)) },
    };
    const decide = (url: string) => {
      const callback = vi.fn();
      handlers.beforeRequest?.({ url }, callback);
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]?.[0] as { cancel?: boolean };
    };
    return { session, handlers, decide };
  }

  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    guardSession(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(handlers.check?.(null, permission, 'app://sparbar', {})).toBe(false);
    }
    expect(handlers.device?.({})).toBe(false);
  });

  it('cancels network requests and lets the app origin, data: and blob: through', () => {
    const { session, decide } = fakeSession();
    guardSession(session as unknown as Session);
    for (const url of ['https://example.com/', 'http://localhost/', 'ws://example.com/', 'file:///etc/passwd', 'ftp://x/', 'devtools://devtools/x']) {
      expect(decide(url), url).toEqual({ cancel: true });
    }
    for (const url of [APP_PAGE, 'data:text/plain,x', 'blob:app://sparbar/1']) {
      expect(decide(url), url).toEqual({ cancel: false });
    }
  });

  it('lets devtools:// through when DevTools are allowed', () => {
    const { session, decide } = fakeSession();
    guardSession(session as unknown as Session, { allowDevtools: true });
    expect(decide('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false });
    expect(decide('https://example.com/')).toEqual({ cancel: true });
  });
});
