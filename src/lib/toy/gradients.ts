// The toy models' loss and its gradients, written out by hand: tfjs's tape costs several times the arithmetic
// on models this small. A unit test checks them against tfjs's own gradients.
import type * as TF from '@tensorflow/tfjs-core';
import type { ToyKind } from './types';

type Tf = typeof TF;

/** The examples of a step, as the gradients read them: x [K|1, B, n] and 2·(example weight)·importance. */
export interface Batch {
	x: TF.Tensor3D;
	/** [K, B|1, n]: twice each example's weight times each feature's importance */
	scale: TF.Tensor3D;
}

/**
 * Each model's reconstruction loss and the gradients of the whole loss (reconstruction plus penalty), written
 * out by hand: tfjs's tape costs several times the arithmetic on models this small. A unit test checks them
 * against tfjs's own gradients.
 */
export function lossAndGradients(
	tf: Tf,
	kind: ToyKind,
	W: TF.Tensor3D,
	b: TF.Tensor3D,
	{ x, scale }: Batch,
	penalty: TF.Tensor3D | undefined,
	withLoss: boolean
): { gW: TF.Tensor3D; gb: TF.Tensor3D; loss: TF.Tensor1D | undefined } {
	return tf.tidy(() => {
		const pre = tf.matMul(x, W, false, true);
		const h = kind === 'relu' ? tf.relu(pre) : pre;
		const z = tf.add(tf.matMul(h, W), b);
		const d = tf.sub(tf.relu(z), x);
		// loss_k = ½ Σ scale·d², so dloss/dz = scale·d where the output ReLU passes
		const g = tf.mul(tf.mul(scale, d), tf.step(z));
		const gb = tf.sum(g, 1, true) as TF.Tensor3D;
		const dh = tf.matMul(g, W, false, true);
		const dpre = kind === 'relu' ? tf.mul(dh, tf.step(pre)) : dh;
		let gW = tf.add(tf.matMul(h, g, true, false), tf.matMul(dpre, x, true, false)) as TF.Tensor3D;
		if (penalty) gW = tf.add(gW, tf.mul(penalty, polysemanticityGradient(tf, W))) as TF.Tensor3D;
		const loss = withLoss ? (tf.mul(tf.sum(tf.mul(scale, tf.square(d)), [1, 2]), 0.5) as TF.Tensor1D) : undefined;
		return { gW, gb, loss };
	});
}

const EPSILON = 1e-12;

/**
 * Per neuron, the effective number of features it reads: (Σᵢ pᵢ²)² / Σᵢ pᵢ⁴ over its positive weights
 * pᵢ = max(wᵢ, 0), the inverse Simpson index of their squared shares. 1 when it reads one feature, n when it
 * reads n equally. Only positive weights count: features are never negative, so a negative weight can only
 * silence the neuron, and counting it would let a model look monosemantic by growing one large negative weight.
 * W: [K, m, n] → [K, m].
 */
export function polysemanticityT(tf: Tf, W: TF.Tensor3D): TF.Tensor2D {
	return tf.tidy(() => {
		const squares = tf.square(tf.relu(W));
		const s2 = tf.sum(squares, 2);
		const s4 = tf.sum(tf.square(squares), 2);
		return tf.div(tf.square(s2), tf.add(s4, EPSILON)) as TF.Tensor2D;
	});
}

/** d/dw of the sum over neurons of polysemanticityT: 4 p s₂ (s₄ − s₂ p²) / s₄² where w > 0, else 0. */
function polysemanticityGradient(tf: Tf, W: TF.Tensor3D): TF.Tensor3D {
	return tf.tidy(() => {
		const p = tf.relu(W);
		const squares = tf.square(p);
		const s2 = tf.sum(squares, 2, true);
		const s4 = tf.add(tf.sum(tf.square(squares), 2, true), EPSILON);
		return tf.div(tf.mul(tf.mul(tf.mul(p, s2), tf.sub(s4, tf.mul(s2, squares))), 4), tf.square(s4)) as TF.Tensor3D;
	});
}
