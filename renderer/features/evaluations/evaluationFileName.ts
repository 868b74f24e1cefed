import { withoutBidiControls } from '../../../shared/base/bidiControls';

/** The extension of an evaluation file, without its dot. */
export const EVALUATION_FILE_EXTENSION = 'sparbar';

/**
 * The suggested name of an evaluation's file: its title (without characters file systems refuse, nor
 * bidirectional controls) and `.sparbar`, or the extension given (`qdpx` for a REFI-QDA project).
 */
export function evaluationFileName(title: string, extension: string = EVALUATION_FILE_EXTENSION): string {
  const safe = Array.from(withoutBidiControls(title), (ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return `${safe === '' ? 'utvardering' : safe}.${extension}`;
}

export function isEvaluationFileName(name: string): boolean {
  return name.toLowerCase().endsWith(`.${EVALUATION_FILE_EXTENSION}`);
}
