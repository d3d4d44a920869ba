// Several pictures at once (Olah, Mordvintsev and Schubert 2017): the diversity term's weight when the reader
// sets none, as measured for this network (the README's feature-visualization section, and the unit test
// that holds it), and the limits a reader can set.
export const DIVERSITY = {
	/** the weight: pictures of the polysemantic unit pushed apart at it differ more than four independent runs, and excite it as much */
	weight: 8,
	max: 64,
	/** pictures at once, at most: each costs a step as much as one picture does */
	most: 6,
	/** how many the "several pictures" view grows */
	several: 4
} as const;
