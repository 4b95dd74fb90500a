/** The data's lists for the editor's forms, made by src/editor/integration.ts. */
declare module 'virtual:redigera-data' {
  const data: import('./data.ts').EditorData;
  export default data;
}
