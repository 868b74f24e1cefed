import type { SparbarApi } from '../../shared/ports/ipc';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from '../../shared/ports/platform';
import { createWebPlatform } from './webPlatform';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in web mode. */
    sparbar?: SparbarApi;
  }
}

/** The Electron platform when the preload's API is there, else web mode. */
export function detectPlatform(): Platform {
  return window.sparbar ? createElectronPlatform(window.sparbar) : createWebPlatform();
}

export type { Platform, OpenResult, OpenedFile } from '../../shared/ports/platform';
