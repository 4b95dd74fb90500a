/**
 * What the visual editor offers from the data: every dataset with its title,
 * columns and row keys. Read through src/data when the editor starts (Node side,
 * src/editor/integration.ts) and handed to the browser as a virtual module.
 */
import { listDatasets, rowKey } from '../data/index.ts';

/** The lists the editor's forms draw from. */
export interface EditorData {
  datasets: { id: string; title: string; columns: { name: string; title: string }[]; rows: string[] }[];
}

/** Read every dataset's id, title, columns and row keys. */
export function editorData(): EditorData {
  return {
    datasets: listDatasets().map((ds) => ({
      id: ds.id,
      title: ds.meta.title,
      columns: ds.meta.columns.map((c) => ({ name: c.name, title: c.title })),
      rows: ds.rows.map((r) => rowKey(ds.meta, r)),
    })),
  };
}
