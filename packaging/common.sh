# Sourced by build.sh and check.sh: what both need to know about the JDK and the pom.

# Sets jdk_bin to the bin folder of a JDK with jpackage: $JAVA_HOME's, else the one of `java`
# on PATH (empty when neither has jpackage; the callers say what is missing).
find_jdk_bin() {
    jdk_bin=""
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" ]]; then
        jdk_bin="$JAVA_HOME/bin"
    elif command -v java >/dev/null; then
        jdk_bin="$(dirname "$(readlink -f "$(command -v java)")")"
        [[ -x "$jdk_bin/jpackage" ]] || jdk_bin=""
    fi
}

# Sets pom_version (0.1.0-SNAPSHOT), app_version (0.1.0: installers take numbers only) and
# main_jar (the jar `mvn package` writes to target/: <finalName>.jar, or artifactId-version.jar).
# Reads pom.xml in the current folder; returns 1 with a message naming what it expected.
read_pom() {
    pom_version="$(sed -n '/<artifactId>review-desk<\/artifactId>/,/<\/version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)"
    app_version="${pom_version%%-*}"
    if [[ ! $app_version =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
        echo "pom.xml: the project <version> '$pom_version' does not start with a numeric version such as 1.2.3" >&2
        return 1
    fi
    local final_name
    final_name="$(sed -n 's:.*<finalName>\(.*\)</finalName>.*:\1:p' pom.xml | head -n 1)"
    if [[ $final_name == *'$'* ]]; then
        echo "pom.xml: <finalName>$final_name</finalName> uses a property; packaging/common.sh reads only a plain name" >&2
        return 1
    fi
    main_jar="${final_name:-review-desk-$pom_version}.jar"
}
