import { test } from '@japa/runner'
import { generate } from 'otplib'
import { formatManualKey, generateTotpSecret, totpStepAt, totpUri, verifyTotp } from '#support/totp'

// A fixed secret and moment (10 seconds into its step) keep every code below the same on each run.
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const NOW = 1_795_554_010
const STEP = totpStepAt(NOW)
const codeAt = (stepOffset: number) => generate({ secret, epoch: NOW + stepOffset * 30 })

test.group('TOTP', () => {
  test('a secret is 160 random bits in Base32', ({ assert }) => {
    const fresh = generateTotpSecret()
    assert.match(fresh, /^[A-Z2-7]{32}$/)
    assert.notEqual(generateTotpSecret(), fresh)
  })

  test('the current code is accepted and gives its time step', async ({ assert }) => {
    assert.equal(await verifyTotp(secret, await codeAt(0), { epoch: NOW }), STEP)
  })

  test('codes one step early or late are accepted for clock drift', async ({ assert }) => {
    assert.equal(await verifyTotp(secret, await codeAt(-1), { epoch: NOW }), STEP - 1)
    assert.equal(await verifyTotp(secret, await codeAt(1), { epoch: NOW }), STEP + 1)
  })

  test('codes two steps away are refused', async ({ assert }) => {
    assert.isNull(await verifyTotp(secret, await codeAt(-2), { epoch: NOW }))
    assert.isNull(await verifyTotp(secret, await codeAt(2), { epoch: NOW }))
  })

  test('a step at or before the last accepted one is refused', async ({ assert }) => {
    const code = await codeAt(0)
    assert.isNull(await verifyTotp(secret, code, { epoch: NOW, lastStep: STEP }))
    assert.isNull(await verifyTotp(secret, await codeAt(-1), { epoch: NOW, lastStep: STEP - 1 }))
    assert.equal(await verifyTotp(secret, code, { epoch: NOW, lastStep: STEP - 1 }), STEP)
  })

  test('a last step beyond the window refuses every code without throwing', async ({ assert }) => {
    const code = await codeAt(1)
    assert.isNull(await verifyTotp(secret, code, { epoch: NOW, lastStep: STEP + 1 }))
    assert.isNull(await verifyTotp(secret, code, { epoch: NOW, lastStep: STEP + 1000 }))
  })

  test('spaces inside a code are ignored, other characters refuse it', async ({ assert }) => {
    const code = await codeAt(0)
    assert.equal(
      await verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, { epoch: NOW }),
      STEP
    )
    for (const bad of ['', '12345', '1234567', 'abcdef', `${code}x`, '12-456']) {
      assert.isNull(await verifyTotp(secret, bad, { epoch: NOW }), bad)
    }
  })

  test('a code made with another secret is refused', async ({ assert }) => {
    const other = await generate({ secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', epoch: NOW })
    assert.notInclude([await codeAt(-1), await codeAt(0), await codeAt(1)], other)
    assert.isNull(await verifyTotp(secret, other, { epoch: NOW }))
  })

  test('the otpauth address names the site and the account', ({ assert }) => {
    const uri = totpUri(secret, { issuer: 'Atelier Nord', label: 'ada@example.org' })
    assert.equal(
      uri,
      `otpauth://totp/Atelier%20Nord:ada%40example.org?secret=${secret}&issuer=Atelier%20Nord`
    )
  })

  test('the manual key is shown in groups of four', ({ assert }) => {
    assert.equal(formatManualKey('ABCDEFGHIJKLMNOP'), 'ABCD EFGH IJKL MNOP')
    assert.equal(formatManualKey('ABCDEF'), 'ABCD EF')
  })
})
