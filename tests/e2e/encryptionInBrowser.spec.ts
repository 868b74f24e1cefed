import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { rolldown } from 'rolldown';
import type * as Container from '../../shared/formats/crypto';
import { watchNetwork } from './helpers';

// The encrypted container in Chromium, in the app's page and under the app's Content Security Policy
// (the preview server's header and index.html's meta tag): Argon2id's WebAssembly compiles there, the
// container round-trips through the browser's Web Crypto, and where a policy refuses WebAssembly the
// container falls back to PBKDF2. No screen uses the container yet, so its module (shared/formats/crypto,
// bundled here) is served from the app's own origin, as the app's scripts are.

const SCRIPT = '/__crypto-under-test.js';
let bundle = '';

test.beforeAll(async () => {
  const build = await rolldown({ input: path.resolve(import.meta.dirname, '../../shared/formats/crypto/index.ts'), platform: 'browser', logLevel: 'silent' });
  const { output } = await build.generate({ format: 'iife', name: '__sparbarCrypto', codeSplitting: false });
  bundle = output[0].code;
  await build.close();
});

async function loadContainer(page: Page): Promise<void> {
  await page.route(`**${SCRIPT}`, (route) => route.fulfill({ body: bundle, contentType: 'text/javascript' }));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Utvärderingar', level: 1 })).toBeVisible();
  await page.addScriptTag({ url: SCRIPT });
}

/** Encrypts 40 kB in chunks of 4 kB in the page, opens it with the right and a wrong passphrase. */
function roundTrip(page: Page) {
  return page.evaluate(async () => {
    const container = (window as unknown as { __sparbarCrypto: typeof Container }).__sparbarCrypto;
    const deps = { crypto: globalThis.crypto };
    const text = 'Spårbar krypterar utvärderingsfilen. '.repeat(1100);
    const sealed = await container.encryptContainer(new TextEncoder().encode(text), 'fjällräven korsar ängen', deps, { chunkSize: 4096 });
    const header = container.readHeader(sealed);
    const opened = await container.decryptContainer(sealed, 'fjällräven korsar ängen', deps);
    const wrong = await container.decryptContainer(sealed, 'fjällräven korsar ängen!', deps);
    sealed[sealed.length - 100]! ^= 1;
    const flipped = await container.decryptContainer(sealed, 'fjällräven korsar ängen', deps);
    return {
      kdf: header.ok ? header.header.kdf : null,
      same: opened.ok && new TextDecoder().decode(opened.bytes) === text,
      wrong: wrong.ok ? null : wrong.error,
      flipped: flipped.ok ? null : flipped.error,
    };
  });
}

test('the container runs Argon2id in the app’s page under its CSP, and round-trips', async ({ page }) => {
  const outside = watchNetwork(page);
  const policy = page.waitForResponse((response) => new URL(response.url()).pathname === '/');
  await loadContainer(page);
  expect((await policy).headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  // eval stays forbidden to the page's scripts: 'wasm-unsafe-eval' allows WebAssembly only.
  const probe = "try { new Function('return 1')(); window.__evalAllowed = true; } catch { window.__evalAllowed = false; }";
  await page.route('**/__eval-probe.js', (route) => route.fulfill({ body: probe, contentType: 'text/javascript' }));
  await page.addScriptTag({ url: '/__eval-probe.js' });
  expect(await page.evaluate(() => (window as unknown as { __evalAllowed?: boolean }).__evalAllowed)).toBe(false);
  const result = await roundTrip(page);
  expect(result.kdf).toEqual({ kdf: 'argon2id', memoryKiB: 65536, passes: 3, lanes: 1 });
  expect(result.same).toBe(true);
  expect(result.wrong).toEqual({ code: 'wrongPassphrase' });
  expect(result.flipped).toEqual({ code: 'tampered', chunk: 10, chunks: 11 });
  expect(outside).toEqual([]);
});

test('where the policy refuses WebAssembly, the container falls back to PBKDF2 and still round-trips', async ({ page }) => {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const strip = (text: string) => text.replaceAll(" 'wasm-unsafe-eval'", '');
    const headers = { ...response.headers(), 'content-security-policy': strip(response.headers()['content-security-policy'] ?? '') };
    await route.fulfill({ response, headers, body: strip(await response.text()) });
  });
  await loadContainer(page);
  await expect(page.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])))).rejects.toThrow();
  const result = await roundTrip(page);
  expect(result.kdf).toEqual({ kdf: 'pbkdf2', iterations: 600_000 });
  expect(result.same).toBe(true);
  expect(result.wrong).toEqual({ code: 'wrongPassphrase' });
});
