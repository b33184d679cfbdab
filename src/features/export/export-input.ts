import type { Dashboard } from '../../app/dashboard-context';

/** What an export reads: the dashboard's dataset, view and filter result at the time of export. */
export type ExportInput = Pick<Dashboard, 'index' | 'view' | 'result'>;
