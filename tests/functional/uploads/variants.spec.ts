import { test } from '@japa/runner'
import sharp from 'sharp'
import Upload from '#models/upload'
import GenerateVariants from '#actions/uploads/generate_variants'
import backgroundJobs from '#support/background_jobs'
import { makeAnimatedGif, makeJpegWithExif, makePng } from '#tests/helpers/upload_files'
import { postUpload, setUpUploads, storedKeys } from './helpers.js'

test.group('Uploads / variants', (group) => {
  const state = setUpUploads(group)

  /** Uploads an image as the author and waits for its variants. */
  async function uploadImage(client: any, bytes: Buffer, filename: string) {
    const response = await postUpload(client, bytes, { as: state.cast.author, filename })
    response.assertStatus(201)
    await backgroundJobs.idle()
    return Upload.findOrFail(response.body().id)
  }

  test('the variants are made in the background and the image marked ready', async ({
    client,
    assert,
  }) => {
    const response = await postUpload(client, await makePng(2000, 1000), {
      as: state.cast.author,
      filename: 'wide.png',
    })
    assert.equal(response.body().variantsStatus, 'pending')
    await backgroundJobs.idle()

    const upload = await Upload.findOrFail(response.body().id)
    assert.equal(upload.variantsStatus, 'ready')
    const sizes = Object.fromEntries(
      upload.variantList.map((variant) => [variant.name, [variant.width, variant.height]])
    )
    assert.deepEqual(sizes, {
      full: [2000, 1000],
      thumb: [320, 320],
      w640: [640, 320],
      w1280: [1280, 640],
    })
    const base = upload.storageKey.replace(/\.png$/, '')
    assert.deepEqual(
      await storedKeys(state.disk),
      [
        upload.storageKey,
        ...['full', 'thumb', 'w1280', 'w640'].map((name) => `${base}-${name}.png`),
      ].sort()
    )

    const thumb = await client.get(`/uploads/${upload.id}/thumb`)
    thumb.assertStatus(200)
    thumb.assertHeader('content-type', 'image/png')
    const meta = await sharp(Buffer.from(thumb.body())).metadata()
    assert.deepEqual([meta.width, meta.height, meta.format], [320, 320, 'png'])
  })

  test('a small image is never enlarged', async ({ client, assert }) => {
    const upload = await uploadImage(client, await makePng(8, 6), 'small.png')

    for (const variant of upload.variantList) {
      assert.isAtMost(variant.width, 8, variant.name)
      assert.isAtMost(variant.height, 6, variant.name)
    }
  })

  test('the EXIF orientation is applied and the location stripped', async ({ client, assert }) => {
    const original = await makeJpegWithExif(6, true)
    const before = await sharp(original).metadata()
    assert.deepEqual([before.width, before.height, before.orientation], [2, 1, 6])
    assert.isDefined(before.exif)

    const upload = await uploadImage(client, original, 'holiday.jpg')
    for (const path of [`/uploads/${upload.id}`, `/uploads/${upload.id}/w640`]) {
      const served = await client.get(path)
      served.assertStatus(200)
      const meta = await sharp(Buffer.from(served.body())).metadata()
      assert.deepEqual([meta.width, meta.height], [1, 2], path)
      assert.isUndefined(meta.exif, path)
      assert.isUndefined(meta.orientation, path)
    }
  })

  test('an animated GIF stays an animated GIF', async ({ client, assert }) => {
    const upload = await uploadImage(client, await makeAnimatedGif(3, 40, 30), 'loop.gif')
    assert.isTrue(Boolean(upload.animated))

    for (const name of ['full', 'thumb', 'w640']) {
      const served = await client.get(`/uploads/${upload.id}/${name}`)
      served.assertHeader('content-type', 'image/gif')
      const meta = await sharp(Buffer.from(served.body()), { animated: true }).metadata()
      assert.equal(meta.format, 'gif', name)
      assert.equal(meta.pages, 3, name)
    }
  })

  test('before its variants exist, only the owner and admins get the image', async ({
    client,
    assert,
  }) => {
    const original = await makeJpegWithExif(6, true)
    const upload = await uploadImage(client, original, 'pending.jpg')
    await Upload.query().where('id', upload.id).update({ variants_status: 'pending' })

    const owner = await client.get(`/uploads/${upload.id}`).loginAs(state.cast.author)
    owner.assertStatus(200)
    owner.assertHeader('cache-control', 'private, no-cache')
    assert.deepEqual(Buffer.from(owner.body()), original)
    const admin = await client.get(`/uploads/${upload.id}/thumb`).loginAs(state.cast.admin)
    admin.assertStatus(200)

    const guest = await client.get(`/uploads/${upload.id}`)
    guest.assertStatus(404)
    const other = await client.get(`/uploads/${upload.id}/thumb`).loginAs(state.cast.otherAuthor)
    other.assertStatus(404)
  })

  test('an image that cannot be resized is marked failed and leaves no variant', async ({
    client,
    assert,
  }) => {
    const upload = await uploadImage(client, await makePng(40, 30), 'soon-broken.png')
    await Upload.query()
      .where('id', upload.id)
      .update({ variants_status: 'pending', variants: null })
    for (const variant of upload.variantList) await state.disk.delete(variant.storageKey)
    await state.disk.put(upload.storageKey, Buffer.from('no longer an image'))

    await new GenerateVariants().handle(upload.id)

    await upload.refresh()
    assert.equal(upload.variantsStatus, 'failed')
    assert.deepEqual(await storedKeys(state.disk), [upload.storageKey])
    const guest = await client.get(`/uploads/${upload.id}`)
    guest.assertStatus(404)
  })

  test('pending images are queued again, e.g. after a restart', async ({ client, assert }) => {
    const upload = await uploadImage(client, await makePng(40, 30), 'again.png')
    await Upload.query()
      .where('id', upload.id)
      .update({ variants_status: 'pending', variants: null })

    assert.equal(await GenerateVariants.resumePending(), 1)
    await backgroundJobs.idle()

    await upload.refresh()
    assert.equal(upload.variantsStatus, 'ready')
    assert.lengthOf(upload.variantList, 4)
  })

  test('variants made for an upload deleted meanwhile are removed', async ({ assert }) => {
    const bytes = await makePng(40, 30)
    await state.disk.put('uploads/2026/01/gone.png', bytes)
    const upload = await Upload.create({
      ownerId: state.cast.author.id,
      kind: 'image',
      mime: 'image/png',
      extension: 'png',
      originalName: 'gone.png',
      storageKey: 'uploads/2026/01/gone.png',
      sizeBytes: bytes.length,
      sha256: 'f'.repeat(64),
      visibility: 'public',
      variantsStatus: 'pending',
    })
    // The deletion lands while the variants are being made.
    class DeletedMeanwhile extends GenerateVariants {
      protected async finish(...args: Parameters<GenerateVariants['finish']>) {
        await Upload.query().where('id', upload.id).delete()
        return super.finish(...args)
      }
    }
    const job = new DeletedMeanwhile()
    await job.handle(upload.id)

    assert.deepEqual(await storedKeys(state.disk), ['uploads/2026/01/gone.png'])
  })
})
