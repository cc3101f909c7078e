// Runs on the web editor's page (/admin/) after Sveltia CMS's script, which
// `public/admin/local-files.js` keeps from starting on its own: it registers the field that
// names a new post's file by the site's own transliteration (see
// src/lib/cms/post-file-name-field.ts), removes that field before a file is written, then
// starts the editor.
import { POST_FILE_NAME_FIELD, POST_FILE_NAME_WIDGET } from '../lib/cms/post-file-name-field.ts';
import { makeNewsSlug } from '../lib/news-slug.ts';

/** The part of Immutable.js maps the editor hands to custom fields and event hooks. */
interface EntryMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  delete(key: string): EntryMap;
}

interface ControlProps {
  value?: string;
  forID: string;
  entry?: EntryMap;
  onChange(value: string): void;
}

interface ControlInstance {
  props: ControlProps;
}

type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

interface EditorApi {
  registerFieldType(name: string, control: unknown, preview?: unknown): void;
  registerEventListener(listener: { name: 'preSave'; handler(args: { entry: EntryMap }): EntryMap | undefined }): void;
  init(): Promise<void>;
}

const { CMS, createClass, h } = window as unknown as {
  CMS: EditorApi;
  createClass(spec: Record<string, unknown>): unknown;
  h: CreateElement;
};

/**
 * The file name a new post gets, or undefined for a post already saved (its name stays).
 * A custom field's entry has no slug until the post is first saved.
 */
function fileNameFor(entry: EntryMap | undefined): string | undefined {
  if (!entry || entry.get('slug')) return undefined;
  return makeNewsSlug(String(entry.getIn(['data', 'title']) ?? ''));
}

const PostFileNameControl = createClass({
  componentDidMount(this: ControlInstance) {
    syncFileName(this.props);
  },
  componentDidUpdate(this: ControlInstance) {
    syncFileName(this.props);
  },
  render(this: ControlInstance) {
    const { entry, forID } = this.props;
    const name = fileNameFor(entry);
    const path = name === undefined ? String(entry?.get('path') ?? '') : `content/news/${name}.md`;
    return h('output', { id: forID, 'data-post-file-name': '', style: { fontFamily: 'monospace', overflowWrap: 'anywhere' } }, path);
  },
});

function syncFileName(props: ControlProps): void {
  const name = fileNameFor(props.entry);
  if (name !== undefined && props.value !== name) props.onChange(name);
}

CMS.registerFieldType(POST_FILE_NAME_WIDGET, PostFileNameControl, () => null);
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => (entry.get('collection') === 'news' ? entry.get('data') as EntryMap : undefined)?.delete(POST_FILE_NAME_FIELD),
});
void CMS.init();
