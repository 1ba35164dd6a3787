// Apps Script entry: the global functions, and nothing else. The build declares one top-level
// `function name() {}` per export (Apps Script only calls top-level declarations from menus, triggers and
// google.script.run), each forwarding to this bundle.
import type { SidebarApi } from "../shared/api.js";
import type * as rpc from "./rpc.js";

export { onOpen, onInstall, showSidebar, menuCheck, menuFlags, menuClearFlags, menuTotals, menuTemplateRencana, menuTemplatePerubahan, menuTemplateEvaluasi } from "./menu.js";
export { getSettings, saveSettings, checkSheet, applyFlags, clearFlags, applyTotals, insertTemplate, selectCell, catalogueStatus, loadCatalogue, removeCatalogue } from "./rpc.js";

/** Does not compile when the functions the sidebar calls no longer implement its typed API. */
type Implements<T extends SidebarApi> = T;
export type ServerApi = Implements<typeof rpc>;
