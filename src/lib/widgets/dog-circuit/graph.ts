// The dog-head circuit as a graph to draw: its units placed for a wide and a narrow drawing, and its edges
// with their strength and whether the reader may cut them.
import { unitName } from '../../unit';
import type { HeadsSlice } from '../../atlas/slice';
import { edgePath } from '../parts/edge-path';
import { edgeId, edgeLabel, type CircuitReading } from './state';

export type NodeKind = 'source-left' | 'source-right' | 'left' | 'right' | 'union' | 'dog';
export interface GraphNode {
	id: string;
	kind: NodeKind;
	name: string;
	role: string;
	value: number | null;
	/** the activation a full bar stands for: twice the unit's mean on the heads it prefers */
	scale: number;
	wide: [number, number];
	narrow: [number, number];
}

export interface GraphEdge {
	id: string;
	from: string;
	to: string;
	strength: number;
	/** only edges from the sources into the pair can be cut here */
	cuttable: boolean;
	label: string;
}

/** Wide the circuit runs left to right, narrow top to bottom; each with its own view and node size. */
export const LAYOUT = {
	wide: { view: '0 0 830 430', w: 160, h: 42 },
	narrow: { view: '0 0 320 700', w: 148, h: 46 }
} as const;
export type Layout = keyof typeof LAYOUT;

/** The circuit's units, placed for both drawings, each with its activation in `reading` (null before one). */
export function circuitNodes(heads: HeadsSlice, reading: CircuitReading | null): GraphNode[] {
	const prefer = (u: { meanLeft: number; meanRight: number }) => 2 * Math.max(u.meanLeft, u.meanRight, 1e-6);
	const src = (side: 'left' | 'right') =>
		heads.sources[side].map((u, i): GraphNode => ({
			id: `s${u.unit}`,
			kind: `source-${side}`,
			name: unitName({ layer: heads.sourceLayer, unit: u.unit }),
			role: `prefers ${side}`,
			value: reading?.sources[u.unit] ?? null,
			scale: prefer(u),
			wide: [90, side === 'left' ? 34 + i * 46 : 236 + i * 46],
			narrow: [side === 'left' ? 80 : 240, 36 + i * 58]
		}));
	const dogScale = Math.max(Math.abs(heads.dog.left), Math.abs(heads.dog.right)) * 1.5;
	return [
		...src('left'),
		...src('right'),
		{
			id: 'left',
			kind: 'left',
			name: unitName({ layer: heads.circuitLayer, unit: heads.left.unit }),
			role: 'left-facing head',
			value: reading?.left ?? null,
			scale: prefer(heads.left),
			wide: [390, 120],
			narrow: [80, 330]
		},
		{
			id: 'right',
			kind: 'right',
			name: unitName({ layer: heads.circuitLayer, unit: heads.right.unit }),
			role: 'right-facing head',
			value: reading?.right ?? null,
			scale: prefer(heads.right),
			wide: [390, 306],
			narrow: [240, 330]
		},
		{
			id: 'union',
			kind: 'union',
			name: unitName({ layer: heads.unionLayer, unit: heads.union.unit }),
			role: 'head, either way',
			value: reading?.union ?? null,
			scale: prefer(heads.union),
			wide: [575, 213],
			narrow: [160, 470]
		},
		{
			id: 'dog',
			kind: 'dog',
			name: 'dog',
			role: 'class logit',
			value: reading?.dog ?? null,
			scale: dogScale,
			wide: [745, 213],
			narrow: [160, 600]
		}
	];
}

/** The circuit's edges: from the sources into the pair (these can be cut), the pair into the union, and to dog. */
export function circuitEdges(heads: HeadsSlice): GraphEdge[] {
	const target = (unit: number) => (unit === heads.left.unit ? 'left' : 'right');
	const union = unitName({ layer: heads.unionLayer, unit: heads.union.unit });
	const list: GraphEdge[] = heads.edges.map(([s, t, strength]) => ({
		id: edgeId(s, t),
		from: `s${s}`,
		to: target(t),
		strength,
		cuttable: true,
		label: edgeLabel(heads, s, t)
	}));
	for (const [s, strength] of heads.unionEdges)
		list.push({
			id: `u${s}`,
			from: target(s),
			to: 'union',
			strength,
			cuttable: false,
			label: `${unitName({ layer: heads.circuitLayer, unit: s })} → ${union}`
		});
	if (heads.dogWeight !== null)
		list.push({
			id: 'dog',
			from: 'union',
			to: 'dog',
			strength: heads.dogWeight,
			cuttable: false,
			label: `${union} → dog`
		});
	return list;
}

/** Each edge's stroke width: a cuttable edge thicker the stronger it is against the strongest, the rest alike. */
export function edgeWidths(edges: GraphEdge[]): (e: GraphEdge) => number {
	const strongest = Math.max(1e-9, ...edges.filter((e) => e.cuttable).map((e) => Math.abs(e.strength)));
	return (e) => (e.cuttable ? 0.8 + (4.5 * Math.abs(e.strength)) / strongest : 2.5);
}

/** The path of an edge between its two units' boxes in one drawing. */
export function edgeBetween(byId: Map<string, GraphNode>, e: GraphEdge, layout: Layout): string {
	const { w, h } = LAYOUT[layout];
	const box = (id: string) => ({ x: byId.get(id)![layout][0], y: byId.get(id)![layout][1], w, h });
	return edgePath(box(e.from), box(e.to), layout === 'wide' ? 'across' : 'down', 5);
}

/** How much of a unit's box its activation fills, from 0 to 1. */
export const fraction = (n: GraphNode) => (n.value === null ? 0 : Math.max(0, Math.min(1, n.value / n.scale)));
