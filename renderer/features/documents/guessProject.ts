import type { Project } from '../../../shared/domain';

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length >= 4);
}

/**
 * Guesses which project a file belongs to from its name: a project code in the name wins, else the
 * project sharing the most words (of four letters or more) with it. Null when nothing matches or two
 * projects tie.
 */
export function guessProject(fileName: string, projects: readonly Project[]): string | null {
  const name = fileName.toLowerCase();
  const byCode = projects.filter((project) => project.code.trim().length >= 3 && name.includes(project.code.trim().toLowerCase()));
  if (byCode.length === 1) return (byCode[0] as Project).id;
  const fileTokens = new Set(tokens(fileName));
  let best: string | null = null;
  let bestScore = 0;
  let tie = false;
  for (const project of projects) {
    const score = new Set(tokens(project.name).filter((token) => fileTokens.has(token))).size;
    if (score > bestScore) {
      best = project.id;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) {
      tie = true;
    }
  }
  return bestScore > 0 && !tie ? best : null;
}
