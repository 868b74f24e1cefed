import { namespace } from '../catalog';

/** Exporting the heatmap of judgements for Excel (namespace `ui.heatmapExport`). */
export const heatmapExport = namespace({
  sv: {
    button: 'Exportera bedömningar',
    title: 'Exportera bedömningar',
    lead: 'Bedömningarna som tabellen visar nu (ramverket, filtret och programmet). Excel får två flikar: kriterier × projekt, och en rad per bedömning med motivering och citat med källa. CSV får raderna per bedömning.',
    submit: 'Exportera',
    fileName: 'Bedömningar {{framework}} {{title}}',
    exported_one: 'Bedömningarna är sparade som {{fileName}} ({{count}} bedömning).',
    exported: 'Bedömningarna är sparade som {{fileName}} ({{count}} bedömningar).',
  },
  en: {
    button: 'Export judgements',
    title: 'Export judgements',
    lead: 'The judgements the table shows now (the framework, the filter and the programme). Excel gets two sheets: criteria × projects, and one row per judgement with its justification and quotes with their source. CSV gets the rows per judgement.',
    submit: 'Export',
    fileName: 'Judgements {{framework}} {{title}}',
    exported_one: 'The judgements were saved as {{fileName}} ({{count}} judgement).',
    exported: 'The judgements were saved as {{fileName}} ({{count}} judgements).',
  },
});
