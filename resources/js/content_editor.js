/*
 * The content editor's rich-text field (Tiptap). The page ships a plain
 * <textarea name="body"> holding HTML, which is what the form posts and
 * what people without JavaScript edit; this module hides it behind a
 * formatting toolbar and an editable surface, and copies the surface's
 * HTML back into it on every change. The base ProseMirror styles come from
 * content_editor.css: Tiptap's own would be an injected <style> element,
 * which the strict Content-Security-Policy refuses.
 */
import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import Link from '@tiptap/extension-link'
import Image from '@tiptap/extension-image'
import Placeholder from '@tiptap/extension-placeholder'
import { isSafeLinkHref } from './content_editor_links.js'
import { buildToolbar } from './content_editor_toolbar.js'
import { enhanceEditorForm } from './content_editor_form.js'

function readLabels(root) {
  const element = document.getElementById(root.dataset.contentEditor)
  return element ? JSON.parse(element.textContent) : {}
}

function createEditor(surface, source, labels) {
  const label = document.querySelector(`label[for="${source.id}"]`)
  return new Editor({
    element: surface,
    injectCSS: false,
    content: source.value,
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: false, underline: false }),
      Link.configure({
        openOnClick: false,
        autolink: true,
        HTMLAttributes: { target: null, rel: null },
        isAllowedUri: (url) => isSafeLinkHref(url),
      }),
      Image.configure({ inline: false, allowBase64: false }),
      Placeholder.configure({ placeholder: labels.placeholder ?? '' }),
    ],
    editorProps: {
      attributes: {
        'role': 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': label?.id ?? '',
        'aria-describedby': source.getAttribute('aria-describedby') ?? '',
        'class': 'content-editor__prose content-body',
      },
    },
    // An empty document serialises as "<p></p>": post nothing instead, so "required" still holds.
    onUpdate: ({ editor }) => {
      source.value = editor.isEmpty ? '' : editor.getHTML()
    },
  })
}

/** Replaces the body textarea inside `root` with the rich-text editor. */
export function mountContentEditor(root) {
  const source = root.querySelector('textarea')
  const labels = readLabels(root)
  enhanceEditorForm(document, labels)
  if (!source) return

  const surface = document.createElement('div')
  surface.className = 'content-editor__surface'
  const editor = createEditor(surface, source, labels)
  const toolbar = buildToolbar(editor, labels, surface)
  source.hidden = true
  root.classList.add('content-editor--rich')
  root.append(toolbar, surface)

  // A click on the label should land in the editor the textarea gave way to.
  document
    .querySelector(`label[for="${source.id}"]`)
    ?.addEventListener('click', () => editor.commands.focus())
  return editor
}
