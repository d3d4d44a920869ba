// The captions of the figures drawn from what the analysis measured: prose, with the numbers it wrote when
// the site was built. Each is one paragraph, written here a phrase a line.
import type { AtlasSummary } from '../analysis/summary';
import { formatNumber } from '../config';
import { median } from '../measure/measures';
import { ARC_AGREES } from '../analysis/arc';
import { sceneNoun } from '../world/classes';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const paragraph = (phrases: string[]) => phrases.join(' ');

/** The network trained for this page: what its world is, and what the figure shows of it. */
export function meetTheModelCaption(trainingScenes: number): string {
	return paragraph([
		'What to look at: the world is simple, but it only makes sense to a network that sees curves, boundaries',
		"and which way a head faces. Above, training scenes drawn by this page's code in your browser (the same",
		`code drew the ${trainingScenes.toLocaleString('en-GB')} training scenes); below, the network's layers.`
	]);
}

/** The trained network's curve family: how its units were chosen and how they held up, and the edits' echo. */
export function curveFamilyCaption(atlas: AtlasSummary): string {
	const c = atlas.curves;
	const e = c.evaluation;
	const edit = (name: string) => atlas.echoes.find((x) => x.name === name)!;
	const lineRatio = formatNumber(Math.max(...c.units.map((u) => u.lineRatio)));
	const secondLobe = formatNumber(Math.max(...c.units.map((u) => u.secondLobe)));
	const opposite = edit('opposite-negative');
	const all = edit('all-negative');
	return paragraph([
		"What to look at: each unit's preferred angle (the dotted line) and how often it kept it on stimuli it was",
		'not chosen on.',
		`The analysis chose these ${c.units.length} units of ${c.layer} on one set of stimuli (dark curves of radius`,
		`${c.radius} px on plain paper, centred on the unit): they answer their best curve at least three times more`,
		`than the average one, a straight line at most ${lineRatio} of their peak, and no curve more than 60° from`,
		`their own above ${secondLobe} of it (one lobe).`,
		`It then measured them on ${e.conditions} other conditions: dark and light ink on plain paper and coloured`,
		'textures, thin short arcs and thick long ones, each centred on the unit and moved 2 px off it.',
		'Only units that keep their angle within 30° in at least 70% of those conditions stay in the family;',
		`${c.untuned.length} more answer curves selectively but have a second lobe or lose their angle, and are left`,
		'out as curve-sensitive, not tuned.',
		`${e.unitsSelective} of the ${c.units.length} stay selective (three times the average, a line at most 0.3 of`,
		'the peak) in at least 80%.',
		`Read from each polarity's conditions, the family leaves a gap of ${e.gapDark}° (dark ink) and`,
		`${e.gapLight}° (light ink) at most; centred ${e.gapCentred}°, moved ${e.gapMoved}°.`,
		`Below the family, ${atlas.earlyCurves.units} units of ${atlas.earlyCurves.layer} act as early curves;`,
		`${percent(atlas.circuit.expectedSignFraction)} of the edges between the two families carry the sign the`,
		'paper describes (same orientation excites, opposite inhibits).',
		'Removing the negative weights from early curves opening the opposite way raises the response at 180° by',
		`${formatNumber(opposite.rise180)} of the peak and a quarter-turn away by ${formatNumber(opposite.rise90)};`,
		`removing all of them, by ${formatNumber(all.rise180)} and ${formatNumber(all.rise90)}.`
	]);
}

/** The oriented dog-head units: how they were measured, the inhibition between the pathways, the dog logit. */
export function headsCaption(atlas: AtlasSummary): string {
	const h = atlas.heads;
	const logit = (x: number) => formatNumber(x, 1);
	return paragraph([
		'What to look at: the preference column, and how it changes when the inhibition is cut.',
		`The same question asked of the network trained for this page, on ${h.pairs} dog heads it never saw, each`,
		'facing right and as its mirror image facing left, and as a chimera with a snout at each end.',
		"The activations are each unit's mean over the centre of its map and over the heads; a preference is the",
		'median over the heads of the ratio between the two facings, with its quartiles.',
		`${h.inhibitoryEdges} edges carry inhibition from one pathway (${h.sources.left} left-facing and`,
		`${h.sources.right} right-facing units of the block below) into the other's unit; cutting them (exactly:`,
		'each unit recomputed without those inputs) gives the last column.',
		`The dog class's logit is ${logit(h.dog.left)} for heads facing left, ${logit(h.dog.right)} facing right`,
		`and ${logit(h.dog.chimera)} for the chimeras (${percent(h.dog.calledDog)} of the heads called “dog”);`,
		'on heads drawn in a style the network never trained on,',
		`${logit(h.heldoutStyle.dog.left)} and ${logit(h.heldoutStyle.dog.right)}`,
		`(${percent(h.heldoutStyle.dog.calledDog)} called “dog”).`
	]);
}

/** The most polysemantic unit: what its most exciting held-out scenes show. */
export function polysemanticCaption(atlas: AtlasSummary): string {
	const p = atlas.polysemantic;
	const shown = p.classes.map((c) => `${c.count} ${c.count === 1 ? 'shows' : 'show'} ${sceneNoun(c.name)}`);
	return paragraph([
		'What to look at: how many kinds of thing share one unit.',
		`The most mixed unit of the network trained for this page is ${p.name}: of the ${p.top.length} held-out`,
		`scenes that excite it most, ${shown.join(', ')}.`,
		"Each scene is drawn again in your browser from its seed, with the unit's activation under it."
	]);
}

/** The two networks trained apart: how many curve units have a partner, and which families both grow. */
export function universalityCaption(atlas: AtlasSummary): string {
	const u = atlas.universality;
	const found = (yes: unknown) => (yes ? 'found' : 'not found');
	const families = u.families.map((f) => `${f.kind} (${found(f.a)} in the first, ${found(f.b)} in the second)`);
	const correlation = formatNumber(median(u.curves.matches.map((m) => m.correlation)));
	return paragraph([
		`What to look at: whether the two rows tile the circle alike. Two networks trained on the same world,`,
		`a: ${u.a} and b: ${u.b} (another random start, its mixed blocks three quarters as wide;`,
		`${percent(atlas.second.heldoutAccuracy)} correct on held-out scenes), measured by the same analysis.`,
		`${u.curves.withPartner} of the ${u.curves.total} curve units of the first have a partner in the second,`,
		'the curve unit whose tuning curve correlates best with theirs, when that correlation is',
		`${formatNumber(u.curves.partnerCorrelation, 1)} or more (median correlation ${correlation}).`,
		`Of the families this page looks for, ${u.families.filter((f) => f.a && f.b).length} of`,
		`${u.families.length} are found in both: ${families.join('; ')}.`
	]);
}

/** How one kind of gallery picture fares over the curve family. */
export interface GalleryTally {
	/** pictures that excite their unit more than its best held-out scene, and the median ratio */
	above: number;
	ratio: number;
	/** pictures answered most by their own unit, and by a neighbour */
	own: number;
	neighbour: number;
	/** pictures whose arc opens the way their unit's curve does, and whether enough do for the row to show curves */
	arcs: number;
	shows: boolean;
}

/**
 * What to look at in the gallery of curve feature visualizations: the strokes' bend where they draw their arcs,
 * else the waves' arcs where those do, else that mostly no arc is found.
 */
export function galleryCaption(strokes: GalleryTally | null, waves: GalleryTally, n: number): string {
	if (strokes?.shows)
		return paragraph([
			'What to look at: which way the stroke of ink in each top picture bends; the arrow below points the way',
			`its unit’s curve opens. In ${strokes.arcs} of the ${n} the stroke opens that way within ${ARC_AGREES}°,`,
			'as InceptionV1’s curve units draw their arcs.',
			'Under each stroke, the same unit grown as waves of colour',
			`(an arc within ${ARC_AGREES}° in ${waves.arcs} of ${n}).`
		]);
	if (waves.shows)
		return paragraph([
			'What to look at: the dark arc near the middle of each picture, and which way it opens; under each, the',
			'angle its unit prefers (the arrow points the way its curve opens).',
			`In ${waves.arcs} of the ${n} the arc matches that angle within ${ARC_AGREES}°, as InceptionV1’s curve`,
			'units draw theirs.'
		]);
	const arcs = strokes ? Math.max(strokes.arcs, waves.arcs) : waves.arcs;
	return paragraph([
		'What to look at: whether you can find an arc near the middle of each picture that opens the way the arrow',
		'below it points. Mostly you cannot: unlike InceptionV1’s curve units, these draw colour and texture, and',
		`the curve a template finds in them opens within ${ARC_AGREES}° of the unit’s angle in only ${arcs} of ${n}.`
	]);
}
