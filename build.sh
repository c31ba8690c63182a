#!/usr/bin/env bash
# build.sh — set up, build and run contra in one step (a thin wrapper over meson).
#
#   ./build.sh report   install what is missing, build, and report on the shipped corpus
#   ./build.sh test     install what is missing, build, and run the whole test suite
#   ./build.sh build    install what is missing and build
#
# Packages are installed with apt-get when the script runs as root on Debian; otherwise
# it only says what is missing. The build goes to ./build (BUILD_DIR overrides it).
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES="meson ninja-build pkg-config gcc libglib2.0-dev libyaml-dev libpcre2-dev libsqlite3-dev libcmocka-dev libmd4c-dev"
BUILD_DIR=${BUILD_DIR:-build}

missing() {
  local out=""
  for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || out="$out $p"
  done
  echo "$out"
}

install_packages() {
  local need
  need=$(missing)
  [ -z "$need" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "build.sh: installing$need" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
  else
    echo "build.sh: please install:$need" >&2
    exit 2
  fi
}

build() {
  install_packages
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    meson setup "$BUILD_DIR" ${MESON_ARGS:-} >/dev/null
  fi
  meson compile -C "$BUILD_DIR" >/dev/null
}

case "${1:-}" in
  build)
    build ;;
  report)
    build
    shift
    exec "$BUILD_DIR/src/cli/contra" report "$@" ;;
  test)
    build
    meson test -C "$BUILD_DIR" --print-errorlogs ;;
  *)
    sed -n '2,10p' "$0" >&2
    exit 2 ;;
esac
