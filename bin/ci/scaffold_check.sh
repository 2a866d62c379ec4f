#!/usr/bin/env bash
# Proves `node ace make:resource` writes code that passes: copies the project's tracked files to a
# scratch folder (sharing node_modules), scaffolds a Product resource there, then runs the
# typecheck, the linter on the new files, the unit suite (every i18n key exists), the generated
# functional test and the panel's own tests beside it. Exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
copy=$(mktemp -d /tmp/filamenta-scaffold-XXXXXX)
trap 'rm -rf "$copy"' EXIT
git ls-files -z | xargs -0 -I{} cp --parents {} "$copy"
ln -s "$PWD/node_modules" "$copy/node_modules"
cd "$copy"
node ace make:resource Product
npm run typecheck
npx eslint app/models/product.ts app/admin_resources app/validators/product.ts \
  database/factories tests/functional/admin_products
node bin/ensure_env.js
node ace test unit
node ace test functional --files tests/functional/admin_products/ --files tests/functional/admin_users/
