/**
 * The elements the first painted graph does not need: the legend of relation types, the search
 * box, the relations table, the keyboard help, the Export menu (its writers load later still,
 * when it is opened), the filters and the timeline, and the panels that show without a
 * selection, with a paragraph or after a failed load. One chunk, fetched alongside the dataset
 * (see `laterLoaded` in lazy-elements.ts).
 */
import '../mg-legend.ts';
import '../mg-search.ts';
import '../mg-relations-table.ts';
import './mg-help-dialog.ts';
import './mg-load-problem.ts';
import './mg-overview-panel.ts';
import './mg-paragraph-panel.ts';
import '../mg-export-menu.ts';
import '../filters/mg-filter-panel.ts';
import '../filters/mg-filter-summary.ts';
import '../timeline/mg-timeline.ts';
import '../paths/mg-focus-bar.ts';
import '../paths/mg-focus-tools.ts';
