import type { AstroIntegration } from 'astro';
import { formatTimings, type Timing } from '../lib/build/build-timings.ts';

type Hook = (...args: unknown[]) => unknown;

/** Wall and CPU clocks read together, in ms. */
interface Clock {
	wall: number;
	cpu: number;
}

function now(): Clock {
	const { user, system } = process.cpuUsage();
	return { wall: performance.now(), cpu: (user + system) / 1000 };
}

/**
 * Times every hook of the given integrations and Astro's own phases, and logs one table at the end
 * of `astro build` (after the last integration's `astro:build:done`), so the build's log shows
 * where the time goes, in wall time and in CPU time of the build's process (a busy machine stretches
 * the one, not the other). scripts/bench-scale reads the same table. Returns the integrations
 * wrapped, followed by the one that prints.
 */
export function withBuildTimings(integrations: AstroIntegration[]): AstroIntegration[] {
	const spent = new Map<string, Clock>();
	const marks: Partial<Record<'setup' | 'start' | 'generated' | 'done', Clock>> = {};
	const add = (label: string, started: Clock) => {
		const end = now();
		const before = spent.get(label) ?? { wall: 0, cpu: 0 };
		spent.set(label, {
			wall: before.wall + end.wall - started.wall,
			cpu: before.cpu + end.cpu - started.cpu,
		});
	};
	const wrapped = integrations.map((integration) => ({
		...integration,
		hooks: Object.fromEntries(
			Object.entries(integration.hooks).map(([name, hook]) => [
				name,
				async (...args: unknown[]) => {
					const started = now();
					try {
						return await (hook as Hook)(...args);
					} finally {
						add(`${integration.name} ${name}`, started);
					}
				},
			])
		) as AstroIntegration['hooks'],
	}));
	const printer: AstroIntegration = {
		name: 'backup-rescue:build-timings',
		hooks: {
			'astro:config:setup': () => void (marks.setup ??= now()),
			'astro:build:start': () => void (marks.start = now()),
			'astro:build:generated': () => void (marks.generated = now()),
			'astro:build:done': ({ logger }) => {
				const end = now();
				const rows: Timing[] = [];
				const between = (label: string, from?: Clock, to?: Clock) => {
					if (from && to) rows.push({ label, ms: to.wall - from.wall, cpuMs: to.cpu - from.cpu });
				};
				between('astro: config and content sync', marks.setup, marks.start);
				between('astro: bundle and render pages (Markdown, MDX)', marks.start, marks.generated);
				// Integrations' own hooks; those under a millisecond in total are noise here.
				for (const [label, { wall, cpu }] of spent)
					if (wall >= 1) rows.push({ label, ms: wall, cpuMs: cpu });
				const { setup } = marks;
				const lines = setup
					? formatTimings(rows, end.wall - setup.wall, end.cpu - setup.cpu)
					: formatTimings(rows);
				for (const line of lines) logger.info(line);
			},
		},
	};
	// The printer's setup hook runs first so the clock starts before anyone else's work.
	const { 'astro:config:setup': startClock, ...printHooks } = printer.hooks;
	return [
		{ name: `${printer.name}:start`, hooks: { 'astro:config:setup': startClock } },
		...wrapped,
		{ name: printer.name, hooks: printHooks },
	];
}
