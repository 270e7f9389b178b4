/** Offices as the pages show them; lib/db/offices.ts returns rows of these shapes. */

/** An office in the tree (管理 page, scope rules). `parentId` is null for a 本级人民政府办公室. */
export interface TOfficeNode {
  id: string;
  name: string;
  parentId: string | null;
}

/** One office on the home page, with its reports, newest year first. */
export interface TOfficeOverview {
  id: string;
  name: string;
  parentName: string | null;
  reports: { id: string; year: number; status: string }[];
}
