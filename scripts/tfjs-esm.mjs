// Lets Node load tfjs-core's ES modules (written for bundlers: imports without file extensions), for
// scripts that need its gradients: node --import ./scripts/tfjs-esm.mjs
import { register } from 'node:module';

register(
	'data:text/javascript,' +
		encodeURIComponent(`
export async function resolve(specifier, context, next) {
	try {
		return await next(specifier, context);
	} catch (error) {
		const bundled = context.parentURL?.includes('/@tensorflow/') && specifier.startsWith('.');
		if (!bundled) throw error;
		for (const ending of ['.js', '/index.js']) {
			try {
				return await next(specifier + ending, context);
			} catch {}
		}
		throw error;
	}
}`)
);
