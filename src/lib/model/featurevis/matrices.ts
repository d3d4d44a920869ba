// The fixed matrices feature visualization is made of, as plain arrays: the inverse Fourier transform's
// bases and the spectrum's scale, and the linear maps that turn, scale and upsample a picture (every tfjs
// backend differentiates matrix products, where some lack the gradients of a gather).

/**
 * Cosine and sine matrices of the inverse DFT on `n` points: x[t] = Σ_k (a_k cos(2πkt/n) − b_k sin(2πkt/n)) / n.
 */
export function dftBasis(n: number) {
	const cos = new Float32Array(n * n);
	const sin = new Float32Array(n * n);
	for (let t = 0; t < n; t++)
		for (let k = 0; k < n; k++) {
			cos[t * n + k] = Math.cos((2 * Math.PI * k * t) / n) / Math.sqrt(n);
			sin[t * n + k] = Math.sin((2 * Math.PI * k * t) / n) / Math.sqrt(n);
		}
	return { cos, sin };
}

/** How much each spatial frequency may carry: 1 / frequency^decay, so no frequency starts louder than another looks. */
export function spectrumScale(n: number, decay: number) {
	const scale = new Float32Array(n * n);
	for (let y = 0; y < n; y++)
		for (let x = 0; x < n; x++) {
			const fy = Math.min(y, n - y) / n;
			const fx = Math.min(x, n - x) / n;
			scale[y * n + x] = 1 / Math.max(Math.hypot(fx, fy), 1 / n) ** decay;
		}
	const mean = scale.reduce((a, b) => a + b, 0) / scale.length;
	return scale.map((s) => s / mean / n);
}

/**
 * Matrices that move each row of an n-wide image sideways by `shift(row)` pixels, with linear
 * interpolation and wrapping round: out[row][x] = Σ_j in[row][j] · M[row][j][x]. Batched matrix
 * products, so every backend can differentiate them (a gather's gradient is missing on some).
 */
export function shearMatrices(n: number, shift: (row: number) => number): Float32Array {
	const m = new Float32Array(n * n * n);
	for (let row = 0; row < n; row++) {
		const s = shift(row);
		for (let x = 0; x < n; x++) {
			const source = x - s;
			const j0 = Math.floor(source);
			const f = source - j0;
			const wrap = (j: number) => ((j % n) + n) % n;
			m[(row * n + wrap(j0)) * n + x] += 1 - f;
			m[(row * n + wrap(j0 + 1)) * n + x] += f;
		}
	}
	return m;
}

/** A matrix that scales an n-wide line about its centre by `scale`, linearly interpolated: out = in · S. */
export function scaleMatrix(n: number, scale: number): Float32Array {
	const m = new Float32Array(n * n);
	const c = (n - 1) / 2;
	for (let x = 0; x < n; x++) {
		const source = Math.min(n - 1, Math.max(0, c + (x - c) / scale));
		const j0 = Math.floor(source);
		const f = source - j0;
		m[j0 * n + x] += 1 - f;
		if (f > 0) m[Math.min(n - 1, j0 + 1) * n + x] += f;
	}
	return m;
}

/**
 * Bilinear upsampling of an m-wide line to n pixels (pixel centres aligned, edges clamped): out = U · in, U is n × m.
 */
export function upsampleMatrix(m: number, n: number): Float32Array {
	const u = new Float32Array(n * m);
	for (let i = 0; i < n; i++) {
		const source = Math.min(m - 1, Math.max(0, ((i + 0.5) * m) / n - 0.5));
		const j0 = Math.floor(source);
		const f = source - j0;
		u[i * m + j0] += 1 - f;
		if (f > 0) u[i * m + Math.min(m - 1, j0 + 1)] += f;
	}
	return u;
}

/** `m` repeated `times` over, end to end: one copy of a basis per plane, so that no product need broadcast it. */
export function tiled(m: Float32Array, times: number): Float32Array {
	const out = new Float32Array(times * m.length);
	for (let k = 0; k < times; k++) out.set(m, k * m.length);
	return out;
}
