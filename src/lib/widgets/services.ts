// Everything the engine can run: its own services, and each widget's compute.ts (and the unit pages'),
// named by folder. The worker and the main-thread fallback both load this list.
import { CORE_SERVICES } from '../engine/services';
import type { ServiceFactory } from '../engine/core';

const modules = import.meta.glob<{ service: ServiceFactory }>(['./*/compute.ts', '../units/compute.ts'], {
	eager: true
});

const nameOf = (path: string) => path.split('/').at(-2)!;

export const SERVICES: Record<string, ServiceFactory> = {
	...CORE_SERVICES,
	...Object.fromEntries(Object.entries(modules).map(([path, m]) => [nameOf(path), m.service]))
};
