#!/usr/bin/env bash
# ClaimBench bootstrap: finds a JDK >= 21 and a Maven >= 3.9.9 (fetching one through Maven when the
# installed one is older), then builds, tests or starts ClaimBench.
#
#   ./bootstrap.sh run     build the product when needed, then start the workbench on the sample
#   ./bootstrap.sh test    build everything and run every test under a virtual display
#   ./bootstrap.sh bench   run the benchmarks on synthetic corpora and print a markdown table
#   ./bootstrap.sh bench startup  only the start-up rows: the command line, the workbench and the platform's floor
#   ./bootstrap.sh bench scale [--only-100k | --only-1m] [FORMAT...]  validate 100k and 1M claims (or 100k only) and time their export (minutes, ~1 GB of corpus); --only-1m: the 1M exports alone
#   ./bootstrap.sh fuzz [N] fuzz the parser, validators, XMI import and re-anchoring with N inputs (default 1000000)
#   ./bootstrap.sh fuzz jazzer [N [S]] the same targets coverage-guided with Jazzer (fetched into target/ at fuzz
#                          time, never part of the product): N inputs into the two languages (default 1000000),
#                          stopping after S seconds in all when given (40% to each language, 10% to XMI and anchoring)
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

jazzer_version=0.24.0

# Coverage-guided runs of the four targets of org.claimbench.reliability.jazzer: $1 inputs shared by the two
# languages, a tenth of that for XMI and as many as the languages for anchoring (its inputs are far cheaper);
# $2, when given, is a time limit in seconds for all four: 40% for each language, 10% each for the others.
# Uses $jars, $product, $sample and quiet_unsafe of the fuzz command. Jazzer is fetched into target/ through
# Maven: it is no OSGi bundle and stays out of the product and the target platform.
jazzer_fuzz() {
	local inputs="$1" seconds="${2:-}" out="$root/target/fuzz/jazzer" lib="$root/target/fuzz/jazzer/lib" artifact
	mkdir -p "$lib"
	for artifact in jazzer jazzer-api; do
		if [ ! -f "$lib/$artifact-$jazzer_version.jar" ]; then
			(cd "$lib" && "$mvn" -B -q dependency:copy -Dartifact="com.code-intelligence:$artifact:$jazzer_version" \
				-DoutputDirectory="$lib") || die "could not fetch $artifact $jazzer_version through Maven."
		fi
	done
	local cp="$lib/jazzer-$jazzer_version.jar:$lib/jazzer-api-$jazzer_version.jar:$jars$product/plugins/*"
	"$JAVA_HOME/bin/java" -Xmx1g "${quiet_unsafe[@]}" -cp "$jars$product/plugins/*" \
		org.claimbench.reliability.jazzer.JazzerPreparation "$sample" "$root/bundles" "$out"
	local failed=0 target class runs dict share
	echo "| target | inputs | time | exec/s | cov | ft | corpus | findings |"
	echo "|---|---|---|---|---|---|---|---|"
	for target in claims cbschema xmi anchors; do
		case "$target" in
		claims) class=DocumentTarget runs=$((inputs / 2)) dict=languages.dict share=40 ;;
		cbschema) class=SchemaTarget runs=$((inputs - inputs / 2)) dict=languages.dict share=40 ;;
		xmi) class=XmiTarget runs=$((inputs / 10)) dict=xmi.dict share=10 ;;
		anchors) class=AnchorTarget runs=$inputs dict="" share=10 ;;
		esac
		local limit=()
		[ -n "$seconds" ] && limit=(-max_total_time=$((seconds * share / 100 > 0 ? seconds * share / 100 : 1)))
		# The corpus of interesting inputs is kept between runs (so a run resumes), findings apart from it.
		local corpus="$root/target/fuzz/jazzer-corpus/$target" findings="$out/findings/$target" log="$out/$target.log"
		mkdir -p "$corpus" "$findings"
		local start=$SECONDS
		touch "$out/$target.start" # findings of earlier runs stay, but are not counted again
		# Hangs: an input that takes a second twice is a finding (SecondLimit); -timeout=10 catches one that
		# never returns. Only ClaimBench's classes (its parsers,
		# scoping, validators, importer, anchoring) are instrumented: coverage of Xtext and EMF costs speed.
		"$JAVA_HOME/bin/java" -Xmx2g -Xss4m "${quiet_unsafe[@]}" -XX:+EnableDynamicAgentLoading --enable-native-access=ALL-UNNAMED \
			-Dclaimbench.fuzz.sample="$sample" -Dclaimbench.fuzz.work="$out/work" -cp "$cp" \
			com.code_intelligence.jazzer.Jazzer --target_class="org.claimbench.reliability.jazzer.$class" \
			--instrumentation_includes='org.claimbench.**' --keep_going=50 \
			--reproducer_path="$findings" -artifact_prefix="$findings/" -runs="$runs" -timeout=10 -rss_limit_mb=4096 \
			-print_final_stats=1 "${limit[@]}" ${dict:+-dict="$out/$dict"} "$corpus" "$out/seeds/$target" >"$log" 2>&1 || failed=1
		local done_line count
		done_line="$(grep -aE '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)' "$log" | tail -n1 || true)"
		count="$(find "$findings" -maxdepth 1 -type f -newer "$out/$target.start" \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'slow-unit-*' \) | wc -l)"
		[ "$count" -eq 0 ] || failed=1 # with --keep_going Jazzer itself exits 0 after findings
		# libFuzzer prints its statistics after each finding too; the last are the run's.
		echo "| $target | $(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1) | $((SECONDS - start)) s" \
			"| $(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)" \
			"| $(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line") | $(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")" \
			"| $(sed -n 's/.* corp: \([^ ]*\).*/\1/p' <<<"$done_line") | $count |"
	done
	echo
	echo "Logs in target/fuzz/jazzer/<target>.log; findings (crash-*, timeout-*) in target/fuzz/jazzer/findings/<target>/."
	return $failed
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
	if [ ! -x "$product/claimbench" ] || [ ! -f "$bench_jar" ] || [ ! -f "$root/bundles/org.claimbench.benchmarks.floor/target/org.claimbench.benchmarks.floor-0.1.0-SNAPSHOT.jar" ]; then
		echo "bootstrap: building the product and the benchmarks" >&2
		"$mvn" -B -q verify -DskipTests
	fi
	# Corpora are generated under target/bench (build output, never in git).
	quiet_unsafe=() # Guice uses sun.misc.Unsafe; JDK 24+ warns about it unless told otherwise.
	[ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ] && quiet_unsafe=(--sun-misc-unsafe-memory-access=allow)
	floor_jar="$root/bundles/org.claimbench.benchmarks.floor/target/org.claimbench.benchmarks.floor-0.1.0-SNAPSHOT.jar"
	bench=("$JAVA_HOME/bin/java" -Xmx1g "${quiet_unsafe[@]}" "-Dclaimbench.bench.floor=$floor_jar" -cp "$bench_jar:$product/plugins/*"
		org.claimbench.benchmarks.Benchmarks "$root/target/bench" "$product" "$root/bundles/org.claimbench.samples/us-japan-edd-2024")
	if [ "${1:-}" = scale ]; then
		# Ten times the corpus: 100k and 1M claims validated, then exported to each format given (all when none),
		# each export in a JVM of its own. Several minutes, and about 1 GB of corpus under target/bench: not part of
		# the plain `bench`.
		shift
		exec "$JAVA_HOME/bin/java" -Xmx1g "${quiet_unsafe[@]}" -cp "$bench_jar:$product/plugins/*" \
			org.claimbench.benchmarks.Benchmarks --scale "$root/target/bench" "$product" "$@"
	fi
	display=() # a virtual display when there is no real one
	[ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null && display=(xvfb-run -a -s "-screen 0 1600x1000x24")
	if [ "${1:-}" = startup ]; then
		# The start-up rows alone (command line, workbench, the platform's floor without ClaimBench): a few minutes.
		exec "${display[@]}" "${bench[@]:0:$((${#bench[@]} - 4))}" org.claimbench.benchmarks.Benchmarks --startup-only \
			"$root/target/bench" "$product" "$root/bundles/org.claimbench.samples/us-japan-edd-2024"
	fi
	"${display[@]}" "${bench[@]}"
	# The annotation editor, timed inside the workbench (its own Maven profile, never part of CI);
	# -am builds only bundles, none of which holds tests.
	editor_table="$root/bundles/org.claimbench.ui.benchmarks/target/editor-bench.md"
	network_table="$root/bundles/org.claimbench.ui.benchmarks/target/network-bench.md"
	curation_table="$root/bundles/org.claimbench.ui.benchmarks/target/curation-bench.md"
	build_table="$root/bundles/org.claimbench.ui.benchmarks/target/build-bench.md"
	rm -f "$editor_table" "$network_table" "$curation_table" "$build_table"
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
	echo
	echo "Curation editor:"
	echo
	cat "$curation_table"
	echo
	echo "Workspace build, 100k claims:"
	echo
	cat "$build_table"
	;;
fuzz)
	shift
	jazzer=false
	if [ "${1:-}" = jazzer ]; then
		jazzer=true
		shift
	fi
	inputs="${1:-1000000}"
	inputs="${inputs//_/}"
	if [ ! -x "$product/claimbench" ]; then
		echo "bootstrap: building the product (first run only)" >&2
		"$mvn" -B -q verify -DskipTests
	fi
	# The workspace's own bundles are rebuilt and put first, so the fuzzers test the current code;
	# the product's plugins supply EMF, Xtext and the rest.
	"$mvn" -B -q verify -DskipTests -pl bundles/org.claimbench.reliability -am
	jars=""
	for bundle in reliability benchmarks core dsl dsl.ide model; do
		jars="$jars$root/bundles/org.claimbench.$bundle/target/org.claimbench.$bundle-0.1.0-SNAPSHOT.jar:"
	done
	quiet_unsafe=()
	[ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ] && quiet_unsafe=(--sun-misc-unsafe-memory-access=allow)
	sample="$root/bundles/org.claimbench.samples/us-japan-edd-2024"
	if [ "$jazzer" = false ]; then
		# Findings (failing inputs) are kept under target/fuzz (build output, never in git).
		exec "$JAVA_HOME/bin/java" -Xmx1g "${quiet_unsafe[@]}" -cp "$jars$product/plugins/*" org.claimbench.reliability.Fuzz \
			"$inputs" "$sample" "$root/target/fuzz" "${@:2}"
	fi
	jazzer_fuzz "$inputs" "${2:-}"
	;;
mvn)
	shift
	exec "$mvn" "$@"
	;;
*)
	echo "usage: ./bootstrap.sh run | test | bench | fuzz [inputs [seed]] | fuzz jazzer [inputs] | mvn <maven arguments>" >&2
	exit 2
	;;
esac
