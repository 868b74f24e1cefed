import { withoutBidiControls } from '../../../shared/base/bidiControls';

/** The extension of an evaluation file, without its dot. */
export const EVALUATION_FILE_EXTENSION = 'sparbar';

/** The suggested name of an evaluation's file: its title (without characters file systems refuse, nor bidirectional controls) and `.sparbar`. */
export function evaluationFileName(title: string): string {
  const safe = Array.from(withoutBidiControls(title), (ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return `${safe === '' ? 'utvardering' : safe}.${EVALUATION_FILE_EXTENSION}`;
}

export function isEvaluationFileName(name: string): boolean {
  return name.toLowerCase().endsWith(`.${EVALUATION_FILE_EXTENSION}`);
}
