#!/usr/bin/env bash
# ClaimBench bootstrap: finds a JDK >= 21 and a Maven >= 3.9.9 (fetching one through Maven when the
# installed one is older), then builds, tests or starts ClaimBench.
#
#   ./bootstrap.sh run     build the product when needed, then start the workbench on the sample
#   ./bootstrap.sh test    build everything and run every test under a virtual display
#   ./bootstrap.sh bench   run the benchmarks on synthetic corpora and print a markdown table
#   ./bootstrap.sh fuzz [N] fuzz the parser, validators, XMI import and re-anchoring with N inputs (default 1000000)
#   ./bootstrap.sh mvn ... run the project's Maven with the right JDK (e.g. ./bootstrap.sh mvn -o verify)
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
maven_version=3.9.11
maven_home="$root/.mvn/dist/apache-maven-$maven_version"
product="$root/releng/org.claimbench.product/target/products/org.claimbench.product/linux/gtk/x86_64/claimbench"

die() {
	echo "bootstrap: $*" >&2
	exit 2
}

java_major() {
	"$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

# Prints a JDK home (with javac) of Java 21 or newer: JAVA_HOME first, then the newest in /usr/lib/jvm.
find_jdk() {
	local home
	for home in ${JAVA_HOME:+"$JAVA_HOME"} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
		home="${home%/}"
		if [ -x "$home/bin/javac" ] && [ "$(java_major "$home/bin/java")" -ge 21 ] 2>/dev/null; then
			echo "$home"
			return 0
		fi
	done
	return 1
}

version_at_least() { # $1 >= $2, dotted versions
	[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}

# Prints a Maven launcher of version >= 3.9.9; fetches Maven $maven_version through the installed one if needed.
find_maven() {
	if [ -x "$maven_home/bin/mvn" ]; then
		echo "$maven_home/bin/mvn"
		return 0
	fi
	local installed version
	installed="$(command -v mvn || true)"
	[ -n "$installed" ] || die "no Maven found; install Maven (any version) so that it can fetch Maven $maven_version."
	version="$("$installed" -v 2>/dev/null | sed -n 's/.*Apache Maven \([0-9.]*\).*/\1/p' | head -n1)"
	if [ -n "$version" ] && version_at_least "$version" 3.9.9; then
		echo "$installed"
		return 0
	fi
	echo "bootstrap: Maven $version is older than 3.9.9; fetching Maven $maven_version through it." >&2
	local work
	work="$(mktemp -d)"
	(cd "$work" && "$installed" -q -B dependency:copy \
		-Dartifact="org.apache.maven:apache-maven:$maven_version:zip:bin" -DoutputDirectory="$work" >&2) ||
		die "could not fetch Maven $maven_version with $installed (is the Maven repository reachable?)."
	mkdir -p "$root/.mvn/dist"
	(cd "$root/.mvn/dist" && "$JAVA_HOME/bin/jar" xf "$work/apache-maven-$maven_version-bin.zip")
	chmod +x "$maven_home/bin/"*
	rm -rf "$work"
	echo "$maven_home/bin/mvn"
}

# Prints the first source file (bundles, features, releng, target platform, poms) newer than $1, if any;
# $1 is a file the product build writes (the launcher script keeps its checkout time).
sources_newer_than() {
	find "$root/pom.xml" "$root/bundles" "$root/features" "$root/releng" "$root/target-platform" \
		-path '*/target' -prune -o -type f -newer "$1" -print 2>/dev/null | head -n1
}

# Installs the virtual display and GTK when they are missing and this user may install packages.
ensure_display_libraries() {
	local missing=()
	command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
	command -v xauth >/dev/null || missing+=(xauth)
	ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
	[ ${#missing[@]} -eq 0 ] && return 0
	local sudo=""
	if [ "$(id -u)" -ne 0 ]; then
		sudo -n true 2>/dev/null || die "missing packages ${missing[*]}; install them (apt-get install -y ${missing[*]}) and run again."
		sudo="sudo -n"
	fi
	echo "bootstrap: installing ${missing[*]}" >&2
	$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2 ||
		die "could not install ${missing[*]} with apt-get."
}

JAVA_HOME="$(find_jdk)" || die "no JDK 21 or newer found in JAVA_HOME or /usr/lib/jvm; install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME."
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
mvn="$(find_maven)"
cd "$root"

case "${1:-}" in
run)
	shift
	if [ ! -x "$product/claimbench" ]; then
		echo "bootstrap: building the ClaimBench product (first run only)" >&2
		"$mvn" -B -q verify -DskipTests
	elif [ -n "$(sources_newer_than "$product/artifacts.xml")" ]; then
		echo "bootstrap: sources changed since the product was built; building it again" >&2
		"$mvn" -B -q verify -DskipTests
	fi
	if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
		die "no display to show the workbench on; start it under a virtual display: xvfb-run -a -s '-screen 0 1600x1000x24' ./bootstrap.sh run"
	fi
	exec "$product/claimbench" "$@"
	;;
test)
	shift
	ensure_display_libraries
	exec xvfb-run -a -s "-screen 0 1600x1000x24" "$mvn" -B clean verify "$@"
	;;
bench)
	shift
	bench_jar="$root/bundles/org.claimbench.benchmarks/target/org.claimbench.benchmarks-0.1.0-SNAPSHOT.jar"
	if [ ! -x "$product/claimbench" ] || [ ! -f "$bench_jar" ]; then
		echo "bootstrap: building the product and the benchmarks" >&2
		"$mvn" -B -q verify -DskipTests
	fi
	# Corpora are generated under target/bench (build output, never in git).
	quiet_unsafe=() # Guice uses sun.misc.Unsafe; JDK 24+ warns about it unless told otherwise.
	[ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ] && quiet_unsafe=(--sun-misc-unsafe-memory-access=allow)
	bench=("$JAVA_HOME/bin/java" -Xmx1g "${quiet_unsafe[@]}" -cp "$bench_jar:$product/plugins/*"
		org.claimbench.benchmarks.Benchmarks "$root/target/bench" "$product" "$root/bundles/org.claimbench.samples/us-japan-edd-2024")
	display=() # a virtual display when there is no real one
	[ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null && display=(xvfb-run -a -s "-screen 0 1600x1000x24")
	"${display[@]}" "${bench[@]}"
	# The annotation editor, timed inside the workbench (its own Maven profile, never part of CI);
	# -am builds only bundles, none of which holds tests.
	editor_table="$root/bundles/org.claimbench.ui.benchmarks/target/editor-bench.md"
	network_table="$root/bundles/org.claimbench.ui.benchmarks/target/network-bench.md"
	rm -f "$editor_table" "$network_table"
	mkdir -p "$root/target/bench"
	if [ -z "${DISPLAY:-}" ] && [ ${#display[@]} -eq 0 ]; then
		echo "bootstrap: no display and no xvfb-run; the editor benchmark is skipped." >&2
		exit 0
	fi
	"${display[@]}" "$mvn" -B -q -o verify -Peditor-bench -pl bundles/org.claimbench.ui.benchmarks -am -DskipTests=false \
		>"$root/target/bench/editor-bench.log" 2>&1 ||
		die "the editor benchmark failed; see target/bench/editor-bench.log"
	echo
	echo "Annotation editor:"
	echo
	cat "$editor_table"
	echo
	echo "Network view:"
	echo
	cat "$network_table"
	;;
fuzz)
	shift
	inputs="${1:-1000000}"
	if [ ! -x "$product/claimbench" ]; then
		echo "bootstrap: building the product (first run only)" >&2
		"$mvn" -B -q verify -DskipTests
	fi
	# The workspace's own bundles are rebuilt and put first, so the fuzzers test the current code;
	# the product's plugins supply EMF, Xtext and the rest.
	"$mvn" -B -q verify -DskipTests -pl bundles/org.claimbench.reliability -am
	jars=""
	for bundle in reliability core dsl model; do
		jars="$jars$root/bundles/org.claimbench.$bundle/target/org.claimbench.$bundle-0.1.0-SNAPSHOT.jar:"
	done
	quiet_unsafe=()
	[ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ] && quiet_unsafe=(--sun-misc-unsafe-memory-access=allow)
	# Findings (failing inputs) are kept under target/fuzz (build output, never in git).
	exec "$JAVA_HOME/bin/java" -Xmx1g "${quiet_unsafe[@]}" -cp "$jars$product/plugins/*" org.claimbench.reliability.Fuzz \
		"$inputs" "$root/bundles/org.claimbench.samples/us-japan-edd-2024" "$root/target/fuzz" "${@:2}"
	;;
mvn)
	shift
	exec "$mvn" "$@"
	;;
*)
	echo "usage: ./bootstrap.sh run | test | bench | fuzz [inputs [seed]] | mvn <maven arguments>" >&2
	exit 2
	;;
esac
