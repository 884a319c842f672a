/** The bundled pack's id and the names of its pair (scripts/bundled-pair-plugin.ts). */
declare module 'virtual:bundled-pair' {
  export const id: string;
  export const pair: { role: string; names: string[] }[];
}
