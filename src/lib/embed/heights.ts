// Each widget's height in its default state, as an iframe needs it, measured in a browser on the built site
// by `npm run heights` at three column widths (a unit test checks every widget has its figures, and the
// embed tests measure again and fail when these are stale).
import measured from '../generated/heights.json';

/** a phone's column (a 390 px screen less its margins), a blog's, and a wide one */
export const COLUMN_WIDTHS = [360, 700, 1000] as const;
export type ColumnWidth = (typeof COLUMN_WIDTHS)[number];
/** the column a snippet, oEmbed and link cards are sized for */
export const DEFAULT_COLUMN: ColumnWidth = 700;

export type Heights = Record<string, Record<ColumnWidth, number>>;
export const HEIGHTS = measured as unknown as Heights;

/** The height to give a widget's iframe in a column `width` px wide (the nearest measured column). */
export function frameHeight(slug: string, width: ColumnWidth = DEFAULT_COLUMN): number {
	const heights = HEIGHTS[slug];
	if (!heights) throw new Error(`No measured height for the widget "${slug}": run npm run heights on a fresh build`);
	return heights[width];
}
