#!/usr/bin/env bash
# Fleetdeck quick start for Debian 12 and Ubuntu 24.04.
#
#   installers/quickstart.sh run    install what is missing, build a release, launch the console
#   installers/quickstart.sh test   install what the tests need, build, run the whole suite, then
#                                   build the core under AddressSanitizer + UBSan and run its
#                                   unit tests there
#   installers/quickstart.sh package  build a release and its installers (.deb, tar.gz) into
#                                   build/dist/
#
# Runs as root or through sudo for the package installs only; builds as the calling user.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
mode=${1:-}

# Build and runtime dependencies (Debian 12 / Ubuntu 24.04 names).
build_packages=(
  build-essential cmake ninja-build pkg-config ccache git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
  libyaml-cpp-dev libyaml-dev libcurl4-openssl-dev libsqlite3-dev libssl-dev qtkeychain-qt6-dev
  libgl-dev help2man file dpkg-dev
)
# help2man writes the man pages from the programs' --help; file and dpkg-dev (dpkg-shlibdeps) let
# cpack derive the .deb's dependencies. What the test suite needs on top: offscreen/X11 display for GUI tests, the format checker,
# Python (standard library only) and openssl for the test servers and their certificates,
# clang with libFuzzer for the fuzzers, curl (the baseline of the streaming benchmark), iproute2
# (`ip`: the offline test brings up loopback in its own network namespace), and the
# real peers the tests run against (a private D-Bus session bus with gnome-keyring's Secret
# Service for the keychain backend's tests; Go and govmomi's sources for the vSphere simulator,
# built in GOPATH mode: tests/servers/vcsim; and kubectl as the oracle: Debian 12's
# kubernetes-client is kubectl 1.20.2, which the tests accept as well as 1.32; an installed
# `kubectl` package — the Kubernetes project's or the Google Cloud CLI's — also satisfies the
# entry, since it owns /usr/bin/kubectl and the two cannot both be installed;
# tests/e2e/kubefixture.py then picks the binary, see require_kubectl).
test_packages=(
  xvfb xauth clang clang-format libclang-rt-dev python3 openssl curl
  fonts-noto-cjk procps iproute2 'nginx-light|nginx' prometheus prometheus-alertmanager
  python3-jsonschema python3-yaml
  dbus-daemon dbus-bin gnome-keyring libsecret-1-0
  'kubernetes-client|kubectl'
  golang-go golang-github-vmware-govmomi-dev
  lintian desktop-file-utils appstream bash-completion
)
# An entry "a|b" is satisfied by either package; when neither is installed, the first one the
# archive offers is installed (Debian 12 and Ubuntu 24.04 name a few packages differently).

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

install_missing() {
  local missing=() entry alt choice
  for entry in "$@"; do
    choice=""
    for alt in ${entry//|/ }; do installed "$alt" && choice=$alt && break; done
    [ -n "$choice" ] || missing+=("$entry")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  as_root apt-get update
  local resolved=()
  for entry in "${missing[@]}"; do
    choice=""
    for alt in ${entry//|/ }; do
      if apt-cache show "$alt" >/dev/null 2>&1; then choice=$alt; break; fi
    done
    resolved+=("${choice:-${entry%%|*}}")
  done
  echo "==> installing: ${resolved[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${resolved[@]}"
}

# The kubectl the tests will use (tests/e2e/kubefixture.py decides, so this and the tests agree):
# KUBECTL, else the Google Cloud CLI's kubectl 1.32 when present, else kubectl on PATH (Debian's
# kubernetes-client 1.20 on a fresh Debian 12) unless that is the Google Cloud CLI's dispatcher.
# When there is none, stop before the long build: every kubectl test would fail.
require_kubectl() {
  local found
  if found=$(python3 "$root/tests/e2e/kubefixture.py" --describe-kubectl); then
    export KUBECTL=${found% *}
    echo "==> kubectl for the tests: $found"
    return 0
  fi
  echo "==> no usable kubectl (see above); the tests need kubectl 1.20.x or 1.32.x" >&2
  exit 1
}

jobs=$(nproc 2>/dev/null || echo 2)
# CMake looks for CMakePresets.json in the current directory for build presets.
cd "$root"

case "$mode" in
  run)
    install_missing "${build_packages[@]}"
    cmake --preset release -S "$root"
    cmake --build --preset release -j"$jobs"
    echo "==> launching $root/build/release/app/fleetdeck"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "No display found (DISPLAY/WAYLAND_DISPLAY unset): start it from a desktop session with"
      echo "  $root/build/release/app/fleetdeck"
      exit 0
    fi
    exec "$root/build/release/app/fleetdeck"
    ;;
  test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    require_kubectl
    cmake --preset ci -S "$root"
    cmake --build --preset ci -j"$jobs"
    suite=0
    (cd "$root/build/ci" && ctest --output-on-failure --timeout 900 -j"$jobs") || suite=$?
    # The core and its unit tests again under AddressSanitizer + UBSan (Debug): lifetime bugs in
    # asynchronous code pass the optimised suite and show up here. Only the core's tests (label
    # unit), not the widget, end-to-end, fuzz or format tests, which the suite above ran.
    echo "==> AddressSanitizer + UBSan: core unit tests (build/asan)"
    sanitized=0
    cmake --preset asan -S "$root"
    cmake --build "$root/build/asan" --target unit_tests -j"$jobs"
    (cd "$root/build/asan" &&
      UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      ctest -L '^unit$' --output-on-failure --timeout 900 -j"$jobs") || sanitized=$?
    if [ "$suite" -ne 0 ] || [ "$sanitized" -ne 0 ]; then
      echo "==> FAILED: test suite exit $suite, sanitizer unit tests exit $sanitized" >&2
      exit 1
    fi
    echo "==> test suite and sanitizer unit tests passed"
    ;;
  package)
    install_missing "${build_packages[@]}"
    cmake --preset release -S "$root"
    cmake --build --preset release -j"$jobs"
    rm -rf "$root/build/dist"
    (cd "$root/build/release" && cpack -B "$root/build/dist")
    rm -rf "$root/build/dist/_CPack_Packages"
    echo "==> packages in $root/build/dist:"
    ls -l "$root/build/dist"
    ;;
  *)
    echo "usage: $0 run|test|package" >&2
    exit 2
    ;;
esac
