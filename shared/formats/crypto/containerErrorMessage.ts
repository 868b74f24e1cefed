import type { ContainerError } from './containerError';

/** The catalog key (namespace `encryption`, shared/i18n/encryption.ts) and values that word an error. */
export function containerErrorMessage(error: ContainerError): { key: string; values: Record<string, number> } {
  switch (error.code) {
    case 'unsupportedVersion':
      return { key: 'encryption.error.unsupportedVersion', values: { version: error.version, supported: error.supported } };
    case 'tampered':
      // Parts are counted from 1 for the reader; a damaged header or bytes after the last part name none.
      return error.chunk === null
        ? { key: 'encryption.error.tamperedStructure', values: {} }
        : { key: 'encryption.error.tampered', values: { chunk: error.chunk + 1, chunks: error.chunks } };
    default:
      return { key: `encryption.error.${error.code}`, values: {} };
  }
}
