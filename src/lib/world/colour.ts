// How the world's colours vary together: the square root of their covariance, for feature visualization
// to draw in decorrelated colour (a step in any direction of its colour space is a typical change here).
import { datasetScene } from './scenes';

/** Eigenvalues and eigenvectors (columns) of a symmetric 3×3 matrix, by Jacobi rotations. */
export function symmetricEigen(m: number[][]): { values: number[]; vectors: number[][] } {
	const a = m.map((row) => [...row]);
	const v = [
		[1, 0, 0],
		[0, 1, 0],
		[0, 0, 1]
	];
	for (let sweep = 0; sweep < 50; sweep++) {
		let off = 0;
		for (let p = 0; p < 3; p++) for (let q = p + 1; q < 3; q++) off += a[p][q] ** 2;
		if (off < 1e-20) break;
		for (let p = 0; p < 3; p++)
			for (let q = p + 1; q < 3; q++) {
				if (Math.abs(a[p][q]) < 1e-15) continue;
				const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
				const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
				const c = 1 / Math.sqrt(t * t + 1);
				const s = t * c;
				for (let k = 0; k < 3; k++) {
					const [akp, akq] = [a[k][p], a[k][q]];
					a[k][p] = c * akp - s * akq;
					a[k][q] = s * akp + c * akq;
				}
				for (let k = 0; k < 3; k++) {
					const [apk, aqk] = [a[p][k], a[q][k]];
					a[p][k] = c * apk - s * aqk;
					a[q][k] = s * apk + c * aqk;
				}
				for (let k = 0; k < 3; k++) {
					const [vkp, vkq] = [v[k][p], v[k][q]];
					v[k][p] = c * vkp - s * vkq;
					v[k][q] = s * vkp + c * vkq;
				}
			}
	}
	return { values: [a[0][0], a[1][1], a[2][2]], vectors: v };
}

/**
 * The square root of the colour covariance of `count` training scenes, scaled so its largest column has
 * length 1: decorrelated colour → RGB (rows R, G, B).
 */
export function colourMatrix(count = 200, split = 1): number[][] {
	const sums = [0, 0, 0];
	const products = [0, 0, 0, 0, 0, 0, 0, 0, 0];
	let pixels = 0;
	for (let i = 0; i < count; i++) {
		const image = datasetScene(split, i).image;
		for (let p = 0; p < image.length; p += 3) {
			for (let c = 0; c < 3; c++) {
				sums[c] += image[p + c];
				for (let d = 0; d < 3; d++) products[c * 3 + d] += image[p + c] * image[p + d];
			}
			pixels++;
		}
	}
	const mean = sums.map((s) => s / pixels);
	const cov = [0, 1, 2].map((c) => [0, 1, 2].map((d) => products[c * 3 + d] / pixels - mean[c] * mean[d]));
	const { values, vectors } = symmetricEigen(cov);
	const root = [0, 1, 2].map((r) =>
		[0, 1, 2].map((c) =>
			[0, 1, 2].reduce((sum, k) => sum + vectors[r][k] * Math.sqrt(Math.max(0, values[k])) * vectors[c][k], 0)
		)
	);
	const largest = Math.max(...[0, 1, 2].map((c) => Math.hypot(root[0][c], root[1][c], root[2][c])));
	return root.map((row) => row.map((x) => Number((x / largest).toPrecision(5))));
}
