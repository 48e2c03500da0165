import type { Root, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { hashStepText } from '../lib/checklist/step-hash';
import { readerText } from '../lib/reader-text';
import { pluginFrontmatter } from './plugin-frontmatter';
import type { PageChecklistFacts } from '../lib/checklist/facts';
import type { StepFacts } from '../lib/progress/record';
import { isSlug } from '../lib/slugify';

/** Options for the checklist check. */
export interface RemarkChecklistsOptions {
	/** Files whose path contains one of these folders must contain at least one checklist. */
	requireIn?: string[];
}

/**
 * Checks every `<Checklist>`/`<Step>` in an MDX article at build time and fails the build, naming
 * the file and line, on a missing or malformed id, a checklist id used twice on a page, or a step
 * id used twice in one checklist. It then passes each Step what it cannot know by itself (its
 * checklist's id and its position) and each Checklist the facts of its steps: id, text as a reader
 * reads it, and a hash of that text (so a reworded step, or a changed Settings path, is flagged).
 */
export function remarkChecklists(options: RemarkChecklistsOptions = {}) {
	return (tree: Root, file: VFile) => {
		const checklistIds = new Set<string>();
		const facts: PageChecklistFacts[] = [];
		visit(tree, (node) => {
			if (!isJsxElement(node, 'Checklist')) return;
			const checklistId = readId(node, 'Checklist', file);
			if (checklistIds.has(checklistId)) {
				file.fail(
					`Duplicate checklist id "${checklistId}" on this page: each <Checklist id> must be unique.`,
					node
				);
			}
			checklistIds.add(checklistId);

			const stepIds = new Set<string>();
			const steps: StepFacts[] = [];
			let number = 0;
			visit(node, (child) => {
				if (child === node) return;
				if (!isJsxElement(child, 'Checklist') && !isJsxElement(child, 'Step')) return;
				if (child.name === 'Checklist') {
					file.fail('A <Checklist> cannot contain another <Checklist>.', child);
				}
				const stepId = readId(child, 'Step', file);
				if (stepIds.has(stepId)) {
					file.fail(
						`Duplicate step id "${stepId}" in checklist "${checklistId}": each <Step id> must be unique in its checklist.`,
						child
					);
				}
				stepIds.add(stepId);
				number += 1;
				const text = readerText(child);
				steps.push({ id: stepId, text, hash: hashStepText(text) });
				child.attributes.push(
					attribute('checklist', checklistId),
					attribute('number', String(number))
				);
			});
			if (stepIds.size === 0) file.fail(`Checklist "${checklistId}" has no <Step> in it.`, node);
			node.attributes.push(
				attribute('steps', JSON.stringify(steps)),
				attribute('pageTitle', pageTitle(file))
			);
			facts.push({ id: checklistId, title: readTitle(node), steps });
		});
		// For pages that need every checklist's facts (checklists.json).
		pluginFrontmatter(file).checklists = facts;

		const path = file.path.replaceAll('\\', '/');
		if (checklistIds.size === 0 && options.requireIn?.some((folder) => path.includes(folder))) {
			file.fail('Every fix article needs at least one <Checklist> of the steps to take.');
		}
	};
}

function isJsxElement(node: Nodes | Root, name: string): node is MdxJsxFlowElement {
	return (
		(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name
	);
}

function readId(node: MdxJsxFlowElement, component: string, file: VFile): string {
	const id = node.attributes.find(
		(attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === 'id'
	);
	if (!id)
		file.fail(
			`<${component}> is missing its id, e.g. <${component} id="open-icloud-settings">.`,
			node
		);
	if (typeof id.value !== 'string')
		file.fail(`<${component} id> must be a plain string, not an expression.`, node);
	if (!isSlug(id.value)) {
		file.fail(
			`<${component} id="${id.value}"> must be a lowercase slug such as "check-storage".`,
			node
		);
	}
	return id.value;
}

/** A checklist's title attribute (a plain string, as the component requires). */
function readTitle(node: MdxJsxFlowElement): string {
	const title = node.attributes.find(
		(attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === 'title'
	)?.value;
	return typeof title === 'string' ? title : '';
}

/** The article's title from its front matter, as Astro hands it to remark plugins. */
function pageTitle(file: VFile): string {
	const { title } = pluginFrontmatter(file);
	return typeof title === 'string' ? title : '';
}

function attribute(name: string, value: string): MdxJsxAttribute {
	return { type: 'mdxJsxAttribute', name, value };
}
