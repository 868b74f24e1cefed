/** The formats Spårbar reads. */
export const SOURCE_FORMATS = ['docx', 'pdf', 'odt', 'txt', 'md', 'html'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];
