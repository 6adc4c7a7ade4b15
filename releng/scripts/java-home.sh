# Sourced by ./framewright, ./run-tests and .ci/run: finds a JDK 21 or newer and prints its home.
# Order: $JAVA_HOME, then the newest JDK under /usr/lib/jvm, then java on the PATH.

# The feature version of a java executable (8, 17, 25...): read from its JDK's release file, which costs nothing,
# or else asked of the JVM, which costs a JVM start (about 0.1 s).
framewright_java_version() {
  local release
  release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  if [ -f "$release" ] && grep -q '^JAVA_VERSION="' "$release"; then
    sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$release"
  else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
  fi
}

framewright_java_home() {
  local candidate
  for candidate in "${JAVA_HOME:-}/bin/java" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV) "$(command -v java || true)"; do
    if [ -x "$candidate" ] && [ "$(framewright_java_version "$candidate")" -ge 21 ] 2>/dev/null; then
      candidate="$(readlink -f "$candidate")"
      dirname "$(dirname "$candidate")"
      return 0
    fi
  done
  echo "framewright: needs a Java 21 or newer JDK; none found. Install one (e.g. Temurin 21+) and set JAVA_HOME." >&2
  return 1
}
