#!/usr/bin/env bash
# Compares the bundles of the built product with releng/product-bundles.txt, the committed list, so that
# a change in what the target platform resolves (a new version, a bundle more or less) fails the build
# instead of shipping unnoticed. Run by the product's build (verify phase); after a deliberate change of
# the target platform, './releng/product-bundles.sh update' rewrites the list for review in the commit.
#
#   releng/product-bundles.sh check [PLUGINS_DIR]    exit 1 and print the difference when they differ
#   releng/product-bundles.sh update [PLUGINS_DIR]   write the list from the product
set -euo pipefail

releng="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
list="$releng/product-bundles.txt"
plugins="${2:-$releng/org.claimbench.product/target/products/org.claimbench.product/linux/gtk/x86_64/claimbench/plugins}"

[ -d "$plugins" ] || { echo "product-bundles: no product at $plugins; build it first (./bootstrap.sh mvn -o verify -DskipTests)" >&2; exit 2; }

# One line per bundle: symbolic name and version. ClaimBench's own bundles carry a build timestamp as
# qualifier, so only their names are compared.
resolved() {
	ls "$plugins" | sed -e 's/\.jar$//' -e 's/^\([^_]*\)_\([0-9].*\)$/\1 \2/' |
		sed -e 's/^\(org\.claimbench\.[^ ]*\) .*$/\1/' | LC_ALL=C sort
}

case "${1:-}" in
check)
	if ! diff_out="$(diff <(grep -v '^#' "$list") <(resolved))"; then
		echo "product-bundles: the product's bundles differ from releng/product-bundles.txt ('<' listed only, '>' built only):" >&2
		echo "$diff_out" | grep '^[<>]' >&2
		echo "product-bundles: if the target platform changed on purpose, run releng/product-bundles.sh update and commit the list" >&2
		exit 1
	fi
	echo "product-bundles: $(resolved | wc -l) bundles, as listed in releng/product-bundles.txt"
	;;
update)
	{
		echo "# The product's bundles (symbolic name, version), checked by releng/product-bundles.sh in every build."
		resolved
	} >"$list"
	echo "product-bundles: wrote $(($(wc -l <"$list") - 1)) bundles to releng/product-bundles.txt"
	;;
*)
	echo "usage: releng/product-bundles.sh check|update [PLUGINS_DIR]" >&2
	exit 2
	;;
esac
