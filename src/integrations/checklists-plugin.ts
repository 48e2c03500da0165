import type { Nodes } from 'mdast';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { hashStepText } from '../lib/checklist/step-hash.ts';
import { curlyQuotes } from '../lib/format/typography.ts';
import { readerText } from '../lib/content/reader-text.ts';
import { pluginFrontmatter } from './plugin-frontmatter.ts';
import type { PageChecklistFacts } from '../lib/checklist/facts.ts';
import type { StepFacts } from '../lib/progress/record.ts';
import { isSlug } from '../lib/slugify.ts';

/** Options for the checklist check. */
export interface ChecklistsPluginOptions {
	/** Files whose path contains one of these folders must contain at least one checklist. */
	requireIn?: string[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * A Sätteri plugin (Astro 7's Markdown processor, for MDX too) that checks every
 * `<Checklist>`/`<Step>` in an MDX article at build time and fails the build, naming the file and
 * line, on a missing or malformed id, a checklist id used twice on a page, or a step id used twice
 * in one checklist. It then passes each Step what it cannot know by itself (its checklist's id and
 * its position) and each Checklist the facts of its steps: id, text as a reader reads it, and a
 * hash of that text (so a reworded step, or a changed Settings path, is flagged), and the page's
 * title and section. Sätteri nodes
 * are read-only, so a checklist is replaced by a copy with those attributes added.
 */
export function checklistsPlugin(options: ChecklistsPluginOptions = {}) {
	// A factory: Sätteri calls it once per document, so each page starts with no ids seen.
	return ({ fileURL }: PluginFactoryContext): MdastPluginDefinition => {
		const path = fileURL ? fileURLToPath(fileURL).replaceAll('\\', '/') : '';
		const checklistIds = new Set<string>();
		const facts: PageChecklistFacts[] = [];
		const fail = (message: string, node?: Nodes): never => {
			const start = node?.position?.start;
			const where = start ? `${path}:${start.line}:${start.column}` : path;
			throw new Error(`${where ? `${where}: ` : ''}${message}`);
		};
		const checklist = (node: JsxElement, context: MdastVisitorContext) => {
			if (node.name !== 'Checklist') return undefined;
			const checklistId = readId(node, 'Checklist', fail);
			if (checklistIds.has(checklistId))
				fail(
					`Duplicate checklist id "${checklistId}" on this page: each <Checklist id> must be unique.`,
					node
				);
			checklistIds.add(checklistId);

			const stepIds = new Set<string>();
			const steps: StepFacts[] = [];
			// Each step, in document order (a step before the steps inside it), gets its attributes.
			const mark = (child: Nodes): Nodes => {
				if (!isJsxElement(child, 'Checklist') && !isJsxElement(child, 'Step'))
					return 'children' in child && hasStep(child.children)
						? ({ ...child, children: child.children.map(mark) } as Nodes)
						: child;
				if (child.name === 'Checklist')
					fail('A <Checklist> cannot contain another <Checklist>.', child);
				const stepId = readId(child, 'Step', fail);
				if (stepIds.has(stepId))
					fail(
						`Duplicate step id "${stepId}" in checklist "${checklistId}": each <Step id> must be unique in its checklist.`,
						child
					);
				stepIds.add(stepId);
				const text = readerText(child);
				steps.push({ id: stepId, text, hash: hashStepText(text) });
				const attributes = [
					...child.attributes,
					attribute('checklist', checklistId),
					attribute('number', String(steps.length)),
				];
				return { ...child, attributes, children: child.children.map(mark) } as Nodes;
			};
			const children = node.children.map(mark);
			if (stepIds.size === 0) fail(`Checklist "${checklistId}" has no <Step> in it.`, node);
			const { title: frontmatterTitle, section } = pluginFrontmatter(context);
			// The title as the page shows it and the facts list it, with typographic quotes.
			const title = curlyQuotes(readTitle(node));
			facts.push({ id: checklistId, title, steps });
			return {
				...node,
				attributes: [
					...node.attributes.map((attr) =>
						attr.type === 'mdxJsxAttribute' &&
						attr.name === 'title' &&
						typeof attr.value === 'string'
							? { ...attr, value: title }
							: attr
					),
					attribute('steps', JSON.stringify(steps)),
					// Raw front matter: give it the typographic quotes the schema gives the page's title.
					attribute(
						'pageTitle',
						typeof frontmatterTitle === 'string' ? curlyQuotes(frontmatterTitle) : ''
					),
					attribute('pageSection', typeof section === 'string' ? section : ''),
				],
				children,
			} as JsxElement;
		};
		return {
			name: 'backup-rescue:checklists',
			// Positions, so a failure names the line.
			options: { position: true },
			mdxJsxFlowElement: checklist,
			mdxJsxTextElement: checklist,
			after(_root, context) {
				// For pages that need every checklist's facts (checklists.json).
				pluginFrontmatter(context).checklists = facts;
				if (checklistIds.size === 0 && options.requireIn?.some((folder) => path.includes(folder)))
					fail('Every fix article needs at least one <Checklist> of the steps to take.');
			},
		};
	};
}

function hasStep(nodes: readonly Nodes[]): boolean {
	return nodes.some(
		(node) =>
			isJsxElement(node, 'Step') ||
			isJsxElement(node, 'Checklist') ||
			('children' in node && hasStep(node.children))
	);
}

function isJsxElement(node: Nodes, name: string): node is JsxElement {
	return (
		(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name
	);
}

function readId(
	node: JsxElement,
	component: string,
	fail: (message: string, node: Nodes) => never
) {
	const id = node.attributes.find(
		(attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === 'id'
	);
	if (!id)
		return fail(
			`<${component}> is missing its id, e.g. <${component} id="open-icloud-settings">.`,
			node
		);
	if (typeof id.value !== 'string')
		return fail(`<${component} id> must be a plain string, not an expression.`, node);
	if (!isSlug(id.value))
		fail(`<${component} id="${id.value}"> must be a lowercase slug such as "check-storage".`, node);
	return id.value;
}

/** A checklist's title attribute (a plain string, as the component requires). */
function readTitle(node: JsxElement): string {
	const title = node.attributes.find(
		(attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === 'title'
	)?.value;
	return typeof title === 'string' ? title : '';
}

function attribute(name: string, value: string): MdxJsxAttribute {
	return { type: 'mdxJsxAttribute', name, value };
}
