import { createContext, useContext } from 'react';
import type { Repositories } from '../store';
import type { Platform } from '../platform';

export interface AppServices {
  repos: Repositories;
  platform: Platform;
}

export const AppContext = createContext<AppServices | null>(null);

/** The repositories and the platform, provided once at the root. */
export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices outside AppContext');
  return services;
}
