/** An office as the tree knows it: its id and its parent's (null: the top). */
export interface TTreeOffice {
  id: string;
  parentId: string | null;
}

/**
 * Why `officeId` cannot move under `newParentId`, in Chinese, or null when it can: an office cannot be its own
 * parent, nor move under one of its descendants (the tree would get a cycle and lose its top); the parent must
 * exist. `offices`: the whole tree (every office with its parent). Pure; the 管理 page's 编辑 and its server action
 * share it.
 */
export const moveOfficeProblem = (
  offices: readonly TTreeOffice[],
  officeId: string,
  newParentId: string,
): string | null => {
  const parentOf = new Map(offices.map((office) => [office.id, office.parentId]));
  if (!parentOf.has(officeId)) return "机关不存在，请刷新页面。";
  if (!parentOf.has(newParentId)) return "上级机关不存在，请刷新页面后重新选择。";
  if (newParentId === officeId) return "机关不能作为自己的上级机关。";
  // Walk up from the new parent: meeting the office means the parent is one of its descendants.
  const seen = new Set<string>();
  for (let at: string | null = newParentId; at !== null; at = parentOf.get(at) ?? null) {
    if (at === officeId) return "不能把机关移到它自己的下级机关之下。";
    if (seen.has(at)) return "机关的上下级关系有循环，请联系管理员检查数据。";
    seen.add(at);
  }
  return null;
};
