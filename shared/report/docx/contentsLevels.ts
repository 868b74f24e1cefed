/**
 * The heading levels the table of contents lists: sections and their parts. Level 3 (a category, a
 * finding) would make the contents of a 50-page report run to four pages.
 */
export const CONTENTS_LEVELS = 2;
