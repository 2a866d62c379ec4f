/*
 * The editor's formatting toolbar: real buttons, named from the page's
 * translated labels, that report their state with aria-pressed. Arrow keys
 * move between buttons and Tab leaves the toolbar (the ARIA toolbar
 * pattern), so the toolbar costs keyboard users one tab stop.
 */
import { isSafeLinkHref, normaliseLinkHref } from './content_editor_links.js'
import { toolbarIcon } from './content_editor_icons.js'

/** The biggest responsive size a body image uses; smaller images are shown whole. */
const BODY_IMAGE_WIDTH = 1280

function imageSource(upload) {
  return upload.width && upload.width > BODY_IMAGE_WIDTH
    ? `/uploads/${upload.id}/w${BODY_IMAGE_WIDTH}`
    : upload.url
}

function editLink(editor, labels) {
  const current = editor.getAttributes('link').href ?? ''
  const answer = window.prompt(labels.linkPrompt, current)
  if (answer === null) return
  const href = normaliseLinkHref(answer)
  if (href === '') {
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
  } else if (!isSafeLinkHref(href)) {
    window.alert(labels.linkRejected)
  } else {
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run()
  }
}

async function insertImage(editor, labels) {
  const { openMediaPicker } = await import('./media_picker.js')
  const upload = await openMediaPicker({ kind: 'image' })
  if (!upload) return editor.commands.focus()
  const alt = window.prompt(labels.imageAlt, upload.altText ?? '')
  if (alt === null) return editor.commands.focus()
  editor.chain().focus().setImage({ src: imageSource(upload), alt: alt.trim() }).run()
}

/*
 * Each entry: a name (its label key), a short glyph (unless it has a drawn
 * icon), the command, and for
 * toggles the state that presses it. `can` greys out what cannot apply.
 */
function commands(editor, labels) {
  const chain = () => editor.chain().focus()
  const heading = (level) => ({
    name: `heading${level}`,
    glyph: `H${level}`,
    run: () => chain().toggleHeading({ level }).run(),
    active: () => editor.isActive('heading', { level }),
  })
  return [
    [
      { name: 'bold', glyph: 'B', run: () => chain().toggleBold().run(), active: () => editor.isActive('bold') },
      { name: 'italic', glyph: 'I', run: () => chain().toggleItalic().run(), active: () => editor.isActive('italic') },
      { name: 'strike', glyph: 'S', run: () => chain().toggleStrike().run(), active: () => editor.isActive('strike') },
      { name: 'code', glyph: '</>', run: () => chain().toggleCode().run(), active: () => editor.isActive('code') },
    ],
    [heading(2), heading(3), heading(4)],
    [
      { name: 'bulletList', glyph: '•', run: () => chain().toggleBulletList().run(), active: () => editor.isActive('bulletList') },
      { name: 'orderedList', glyph: '1.', run: () => chain().toggleOrderedList().run(), active: () => editor.isActive('orderedList') },
      { name: 'blockquote', glyph: '❝', run: () => chain().toggleBlockquote().run(), active: () => editor.isActive('blockquote') },
      { name: 'codeBlock', glyph: '{ }', run: () => chain().toggleCodeBlock().run(), active: () => editor.isActive('codeBlock') },
      { name: 'horizontalRule', glyph: '―', run: () => chain().setHorizontalRule().run() },
    ],
    [
      { name: 'link', run: () => editLink(editor, labels), active: () => editor.isActive('link') },
      { name: 'image', run: () => insertImage(editor, labels) },
    ],
    [
      { name: 'undo', glyph: '↶', run: () => chain().undo().run(), can: () => editor.can().undo() },
      { name: 'redo', glyph: '↷', run: () => chain().redo().run(), can: () => editor.can().redo() },
    ],
  ]
}

function buttonFor(command, labels) {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'content-editor__button'
  button.dataset.command = command.name
  const icon = toolbarIcon(command.name)
  if (icon) button.append(icon)
  else button.textContent = command.glyph
  button.setAttribute('aria-label', labels.toolbar?.[command.name] ?? command.name)
  button.title = button.getAttribute('aria-label')
  if (command.active) button.setAttribute('aria-pressed', 'false')
  // Keeps the focus (and the selection) in the text while the mouse is used.
  button.addEventListener('mousedown', (event) => event.preventDefault())
  button.addEventListener('click', () => command.run())
  return button
}

function refresh(entries) {
  for (const { button, command } of entries) {
    if (command.active) button.setAttribute('aria-pressed', String(command.active()))
    if (command.can) button.disabled = !command.can()
  }
}

function moveFocusWithArrows(toolbar, buttons) {
  toolbar.addEventListener('keydown', (event) => {
    const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity }
    if (!(event.key in moves)) return
    const usable = buttons.filter((button) => !button.disabled)
    const from = usable.indexOf(document.activeElement)
    const step = moves[event.key]
    const to = Number.isFinite(step)
      ? (from + step + usable.length) % usable.length
      : step < 0
        ? 0
        : usable.length - 1
    event.preventDefault()
    for (const button of buttons) button.tabIndex = -1
    usable[to].tabIndex = 0
    usable[to].focus()
  })
}

/** The toolbar element for `editor`, kept in step with the selection. */
export function buildToolbar(editor, labels, surface) {
  const toolbar = document.createElement('div')
  toolbar.className = 'content-editor__toolbar'
  toolbar.setAttribute('role', 'toolbar')
  toolbar.setAttribute('aria-label', labels.toolbar?.label ?? '')
  surface.id ||= 'content-editor-surface'
  toolbar.setAttribute('aria-controls', surface.id)

  const entries = []
  for (const group of commands(editor, labels)) {
    const groupElement = document.createElement('div')
    groupElement.className = 'content-editor__group'
    for (const command of group) {
      const button = buttonFor(command, labels)
      button.tabIndex = entries.length === 0 ? 0 : -1
      entries.push({ button, command })
      groupElement.append(button)
    }
    toolbar.append(groupElement)
  }
  moveFocusWithArrows(
    toolbar,
    entries.map((entry) => entry.button)
  )
  editor.on('transaction', () => refresh(entries))
  refresh(entries)
  return toolbar
}
