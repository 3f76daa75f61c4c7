#!/usr/bin/env bash
# Checks `claimbench lsp` with a real editor's client: Neovim's built-in LSP client, headless, on a copy of
# the sample (see check.lua for the steps). Needs Neovim 0.7 or newer (Debian: apt-get install neovim) and
# a ClaimBench product: `claimbench` on the PATH, CLAIMBENCH=/path/to/claimbench, or the one the build
# materializes. Prints what the server answered; exit code 0 when every step got its answer.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(cd "$here/../.." && pwd)"
built="$root/releng/org.claimbench.product/target/products/org.claimbench.product/linux/gtk/x86_64/claimbench/claimbench"

command -v nvim >/dev/null || { echo "neovim.sh: no nvim on the PATH (Debian: apt-get install neovim)" >&2; exit 2; }
claimbench="${CLAIMBENCH:-$(command -v claimbench || true)}"
[ -n "$claimbench" ] || [ ! -x "$built" ] || claimbench="$built"
[ -n "$claimbench" ] || { echo "neovim.sh: no claimbench; put it on the PATH, set CLAIMBENCH, or build the product (./bootstrap.sh mvn -B -o -q verify -DskipTests)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$root/bundles/org.claimbench.samples/us-japan-edd-2024" "$work/sample"
document="$work/sample/us-japan-edd-2024.claims"
# Two anchors as a person codes them by hand: a quote without its offset, and the pronoun "its" without
# offset or context (it occurs in several places: the code action asks which).
sed -i -e 's/\(quote "China.s accelerating and opaque expansion of its nuclear arsenal"\) at 976/\1/' \
	-e 's/mention "its" at 1021 suffix " nuclear"/mention "its"/' "$document"
grep -q 'arsenal"$' "$document" && grep -q 'mention "its"$' "$document" \
	|| { echo "neovim.sh: the sample no longer has the anchors this check edits" >&2; exit 2; }

echo "claimbench: $claimbench; $(nvim --version | head -n1)"
CLAIMBENCH_LSP_CMD="$claimbench lsp" CLAIMBENCH_CHECK_FILE="$document" \
	nvim --headless --clean -n -c "luafile $here/check.lua"
