// The app's version from package.json, bundled at build time (written into each evaluation file's manifest).
const found = Object.values(import.meta.glob('../../package.json', { eager: true, import: 'version' }));

export const APP_VERSION: string = typeof found[0] === 'string' ? found[0] : '0.0.0';
