/**
 * Electron's fuses as electron-builder flips them in the packaged binary: electron-builder.yml is read with
 * the YAML parser electron-builder uses, turned into a fuse wire by electron-builder's own code, and every
 * fuse of @electron/fuses' wire must be set (none left to Electron's default) as a hardened app sets it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
// The packages electron-builder itself loads, from its own folder.
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
const fuses = builderRequire('@electron/fuses') as { FuseV1Options: Record<string, number | string> };
const { PlatformPackager } = builderRequire('./index') as {
  PlatformPackager: { prototype: { generateFuseConfig(options: unknown): Promise<Record<string, unknown>> } };
};

/** Each fuse of the V1 wire and how a hardened app that loads its code from app:// sets it. */
const HARDENED: Record<string, boolean> = {
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node running any script.
  RunAsNode: false,
  // Cookies on disk encrypted with the OS's keys, as Chrome does.
  EnableCookieEncryption: true,
  // NODE_OPTIONS and NODE_EXTRA_CA_CERTS would inject code or trust into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and SIGUSR1 would open a debugger on the main process.
  EnableNodeCliInspectArguments: false,
  // app.asar checked against its hash in the binary (macOS, Windows)...
  EnableEmbeddedAsarIntegrityValidation: true,
  // ...and only app.asar loaded, never an app/ folder beside it.
  OnlyLoadAppFromAsar: true,
  // No browser-process snapshot of the app's own: the snapshot Electron ships.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The app is served over app://, never file://: file pages get no privileges beyond a browser's.
  GrantFileProtocolExtraPrivileges: false,
};

/** The fuses of @electron/fuses' V1 wire by name (a TypeScript numeric enum maps both ways). */
function wire(): Record<string, number> {
  return Object.fromEntries(Object.entries(fuses.FuseV1Options).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

function builderConfig(): Record<string, unknown> {
  return yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
}

describe('electron-builder.yml electronFuses', () => {
  it('has a hardened value for every fuse of the wire, and no fuse it does not know', () => {
    expect(Object.keys(wire()).sort()).toEqual(Object.keys(HARDENED).sort());
  });

  it.each(Object.entries(HARDENED))('sets %s to %s in the packaged binary', async (name, value) => {
    const config = await PlatformPackager.prototype.generateFuseConfig(builderConfig().electronFuses);
    const index = wire()[name];
    expect(index).toBeTypeOf('number');
    // Set explicitly: a key electron-builder does not know (a typo) would leave the fuse at its default.
    expect(config[String(index)]).toBe(value);
  });

  it('sets no fuse electron-builder would ignore', () => {
    const keys = Object.keys(builderConfig().electronFuses as Record<string, unknown>);
    const known = Object.keys(wire()).map((name) => name[0]!.toLowerCase() + name.slice(1));
    expect(keys.filter((key) => !known.includes(key))).toEqual([]);
  });

  it('packs the app into an asar, whose integrity the fuses check', () => {
    expect(builderConfig().asar).toBe(true);
  });
});
