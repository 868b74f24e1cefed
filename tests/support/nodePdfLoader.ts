export { createNodePdfLoader } from '../../cli/nodePdfLoader';
