// The trained network's description, as exported beside its weights (model.json), checked on load.

export interface ConvSpec {
	name: string;
	type: 'conv';
	in: number;
	out: number;
	kernel: number;
	stride: number;
}
export interface PoolSpec {
	name: string;
	type: 'maxpool';
	kernel: number;
	stride: number;
}
/** A mixed block; a branch of width 0 is absent (a block without a 5×5 branch sees only 3×3 of its input). */
export interface MixedSpec {
	name: string;
	type: 'mixed';
	in: number;
	b1: number;
	/** the 3×3 branch's 1×1 bottleneck; 0 when the branch reads the block's input directly */
	b3r: number;
	b3: number;
	/** the 5×5 branch's bottleneck; 0 when it reads the input directly */
	b5r: number;
	b5: number;
	pool: number;
}
export interface DenseSpec {
	name: string;
	type: 'dense';
	in: number;
	out: number;
}
export type LayerSpec = ConvSpec | PoolSpec | MixedSpec | DenseSpec;

export interface Architecture {
	input: { size: number; channels: number };
	layers: LayerSpec[];
}

export interface ModelInfo {
	architecture: Architecture;
	classes: string[];
	training: {
		heldoutAccuracy: number;
		heldoutStyleAccuracy: number;
		epochs: number;
		minutes: number;
		parameters: number;
		seed: number;
		width: number;
	};
}

/** The four branches of a mixed block, in the order their outputs are concatenated. */
export const BRANCHES = ['b1', 'b3', 'b5', 'pool'] as const;
export type Branch = (typeof BRANCHES)[number];

export const mixedChannels = (spec: MixedSpec) => spec.b1 + spec.b3 + spec.b5 + spec.pool;

/** The branches a block has, in concatenation order: those of width 0 are absent. */
export const branchesOf = (spec: MixedSpec) => BRANCHES.filter((b) => spec[b] > 0);

/** Which branch a unit of a mixed block belongs to, and its index inside that branch. */
export function branchOf(spec: MixedSpec, unit: number): { branch: Branch; index: number } {
	let start = 0;
	for (const branch of BRANCHES) {
		if (unit < start + spec[branch]) return { branch, index: unit - start };
		start += spec[branch];
	}
	throw new Error(`${spec.name} has no unit ${unit}`);
}

/** The kernel size a branch applies to the block's input. */
export const branchKernel: Record<Branch, number> = { b1: 1, b3: 3, b5: 5, pool: 1 };

/** The width of a branch's 1×1 bottleneck, or 0 when the branch reads the block's input directly. */
export const bottleneckOf = (spec: MixedSpec, branch: Branch): number =>
	branch === 'b3' ? spec.b3r : branch === 'b5' ? spec.b5r : 0;

/** The first unit of each branch in the block's concatenated output. */
export function branchStart(spec: MixedSpec, branch: Branch): number {
	let start = 0;
	for (const b of BRANCHES) {
		if (b === branch) return start;
		start += spec[b];
	}
	return start;
}

/** Names and shapes of every weight tensor the architecture needs (HWIO kernels, [in, out] dense). */
export function expectedWeights(architecture: Architecture): Map<string, number[]> {
	const shapes = new Map<string, number[]>();
	const conv = (name: string, k: number, cin: number, cout: number) => {
		shapes.set(`${name}/kernel`, [k, k, cin, cout]);
		shapes.set(`${name}/bias`, [cout]);
	};
	for (const spec of architecture.layers) {
		if (spec.type === 'conv') conv(spec.name, spec.kernel, spec.in, spec.out);
		if (spec.type === 'dense') {
			shapes.set(`${spec.name}/kernel`, [spec.in, spec.out]);
			shapes.set(`${spec.name}/bias`, [spec.out]);
		}
		if (spec.type === 'mixed') {
			const has = new Set(branchesOf(spec));
			if (has.has('b1')) conv(`${spec.name}/b1`, 1, spec.in, spec.b1);
			if (has.has('b3') && spec.b3r) conv(`${spec.name}/b3r`, 1, spec.in, spec.b3r);
			if (has.has('b3')) conv(`${spec.name}/b3`, 3, spec.b3r || spec.in, spec.b3);
			if (has.has('b5') && spec.b5r) conv(`${spec.name}/b5r`, 1, spec.in, spec.b5r);
			if (has.has('b5')) conv(`${spec.name}/b5`, 5, spec.b5r || spec.in, spec.b5);
			if (has.has('pool')) conv(`${spec.name}/pool`, 1, spec.in, spec.pool);
		}
	}
	return shapes;
}

/** The layer (conv or mixed) whose output a block reads. */
export function layerBefore(architecture: Architecture, layer: string): string {
	const names = architecture.layers.filter((l) => l.type !== 'maxpool' && l.type !== 'dense').map((l) => l.name);
	return names[names.indexOf(layer) - 1];
}

/** The layer whose output a block reads as it is: the layer before, or the pool between them. */
export function blockInput(architecture: Architecture, layer: string): string {
	const names = architecture.layers.map((l) => l.name);
	return names[names.indexOf(layer) - 1];
}

/** Checks JSON read from model.json; throws a message that says what is wrong. */
export function checkModelInfo(json: unknown): ModelInfo {
	const info = json as Partial<ModelInfo> | null;
	if (!info || typeof info !== 'object') throw new Error('model.json is not a JSON object');
	const layers = info.architecture?.layers;
	if (!Array.isArray(layers) || !layers.length) throw new Error('model.json has no architecture.layers');
	for (const layer of layers)
		if (!layer || !['conv', 'maxpool', 'mixed', 'dense'].includes(layer.type) || typeof layer.name !== 'string')
			throw new Error(`model.json: unknown layer ${JSON.stringify(layer)}`);
	if (!Array.isArray(info.classes)) throw new Error('model.json has no classes');
	return info as ModelInfo;
}

/**
 * How far a layer reads around a cell of its input:
 * its widest branch for a mixed block (the pooling branch reads 3×3).
 */
function layerKernel(spec: LayerSpec): number {
	if (spec.type === 'conv' || spec.type === 'maxpool') return spec.kernel;
	if (spec.type === 'dense') return 1;
	const has = branchesOf(spec);
	return has.includes('b5') ? 5 : has.includes('b3') || has.includes('pool') ? 3 : 1;
}

/** The width, in input pixels, of the patch one cell of `layer` sees, and how many pixels apart its cells are. */
function fieldOf(architecture: Architecture, layer: string): { field: number; stride: number } {
	let field = 1;
	let jump = 1;
	for (const spec of architecture.layers) {
		field += (layerKernel(spec) - 1) * jump;
		if (spec.type === 'conv' || spec.type === 'maxpool') jump *= spec.stride;
		if (spec.name === layer) return { field, stride: jump };
	}
	throw new Error(`The architecture has no layer named "${layer}"`);
}

/** The width, in input pixels, of the patch one cell of `layer` sees. */
export const receptiveField = (architecture: Architecture, layer: string) => fieldOf(architecture, layer).field;

/** How many input pixels apart the cells of `layer`'s map are. */
export const layerStride = (architecture: Architecture, layer: string) => fieldOf(architecture, layer).stride;
