import { namespace } from '../catalog';

/** Strings of the "I rapporten" marks on passages (namespace `ui.reportMarks`). */
export const reportMarks = namespace({
  sv: {
    legend: 'Rapporten',
    inReport: 'I rapporten',
    memoInReport: 'Notat i rapporten',
    memoNone: 'Passagen har inget notat att ta med.',
    badge: 'I rapporten',
    markQuote: 'I rapporten: {{quote}}',
    marked: 'Citatet är med i rapporten.',
    unmarked: 'Citatet är inte längre med i rapporten.',
    summary: {
      in: 'Med i rapporten',
      out: 'Inte med i rapporten',
      memoIn: 'Notat med i rapporten',
      memoOut: 'Notat inte med i rapporten',
      more: '{{summary}} och {{count}} till',
    },
  },
  en: {
    legend: 'The report',
    inReport: 'In the report',
    memoInReport: 'Memo in the report',
    memoNone: 'The passage has no memo to include.',
    badge: 'In the report',
    markQuote: 'In the report: {{quote}}',
    marked: 'The quote is in the report.',
    unmarked: 'The quote is no longer in the report.',
    summary: {
      in: 'In the report',
      out: 'Not in the report',
      memoIn: 'Memo in the report',
      memoOut: 'Memo not in the report',
      more: '{{summary}} and {{count}} more',
    },
  },
});
