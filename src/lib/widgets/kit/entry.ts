// What the registry knows of a widget: its spec, its component, and how to build what it runs on.
import type { Component } from 'svelte';
import type { BuildContext } from './host';
import type { WidgetSpec } from './spec';

export interface WidgetProps<State, Net, Snapshot> {
	network: Net | null;
	snapshot?: Snapshot | null;
	settings: State;
	hide?: readonly string[];
}

export interface WidgetEntry<
	State extends object = object,
	Net extends { dispose(): void } = { dispose(): void },
	Snapshot = unknown
> {
	spec: WidgetSpec<State>;
	component: Component<WidgetProps<State, Net, Snapshot>, object, 'settings'>;
	build: (context: BuildContext) => Net | Promise<Net>;
}

/** Lets the registry hold widgets of different states and networks in one list. */
export const entry = <State extends object, Net extends { dispose(): void }, Snapshot>(
	e: WidgetEntry<State, Net, Snapshot>
) => e as unknown as WidgetEntry;
