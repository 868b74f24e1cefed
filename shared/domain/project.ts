import type { Id, IsoDate, IsoTimestamp } from './ids';

export const PROJECT_LEVELS = ['lokal', 'regional', 'nationell'] as const;
/** The levels of the programme's results matrix. */
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];

export interface ProjectAttribute {
  name: string;
  value: string;
}

export interface Project {
  id: Id;
  evaluationId: Id;
  name: string;
  code: string;
  /** Projektägare: the owning organisation. */
  owner: string;
  /** Projektledare. */
  manager: string;
  /** Samverkande kommuner. */
  municipalities: string[];
  /** Län or region. */
  county: string;
  level: ProjectLevel | null;
  theme: string;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /** Granted budget in whole or fractional SEK; null when unknown (never 0 for unknown). */
  budgetSek: number | null;
  attributes: ProjectAttribute[];
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

export type ProjectInput = Omit<Project, 'id' | 'evaluationId' | 'createdAt' | 'updatedAt'>;

export function emptyProjectInput(): ProjectInput {
  return {
    name: '',
    code: '',
    owner: '',
    manager: '',
    municipalities: [],
    county: '',
    level: null,
    theme: '',
    startDate: null,
    endDate: null,
    budgetSek: null,
    attributes: [],
  };
}
