#!/usr/bin/env bash
# The .deb installed into a clean root, and used there as an operator would (in_root.sh): dpkg -i,
# `judge doctor`, a language added in /etc/judge/languages.d, the shipped example graded AC, the
# cache made on first use, the completion.
#
# Two roots (JUDGE_INSTALL_ROOT):
#   overlay (default): this host's root filesystem, read-only under a tmpfs overlay, with no source
#     tree, build directory, /etc/judge, /var/cache/judge or installed judge in it: a container
#     made in a second. What CI runs.
#   fresh: a new Debian 12 root (debootstrap --variant=minbase bookworm, plus python3) from the
#     mirror this host's apt uses: 6 minutes on a loaded 2-CPU host (docs/packaging.md), too long
#     for every CI run. Skipped (exit 77) without a mirror.
#
# Either root is entered with pivot_root in a private mount namespace, not with chroot: the kernel
# refuses a chrooted process new user namespaces, which every box needs. Every mount made for it
# (the overlay, /proc, /sys with the cgroup hierarchies, /dev) lives in that namespace and goes
# with it: the host's mounts are never changed.
# Usage: install_test.sh JUDGE BUILD_DIR
set -euo pipefail
judge=$1 build=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/make_deb.sh"
mode=${JUDGE_INSTALL_ROOT:-overlay}

skip() { echo "SKIP: $*"; exit 77; }
command -v unshare >/dev/null && command -v pivot_root >/dev/null || skip "no unshare/pivot_root"

work=$(mktemp -d "${TMPDIR:-/tmp}/judge-install.XXXXXX")
# Every mount is in a namespace that is gone by now; refuse to delete through one all the same.
cleanup() {
  if grep -qF " $work/" /proc/self/mountinfo; then
    echo "install_test: mounts left under $work, not removing it" >&2
  else
    rm -rf --one-file-system "$work"
  fi
  if [[ -e $work ]]; then
    echo "FAIL: install_test: could not remove $work" >&2
    exit 1
  fi
}
trap cleanup EXIT
deb=$(make_deb "$build" "$work")
mkdir "$work/root" "$work/files" "$work/overlay"
cp "$deb" "$work/files/judge.deb"
cp "$here/in_root.sh" "$work/files/in_root.sh"

# The Debian archive this host's apt uses: the first "URIs:" (deb822) or "deb URL" line that is
# not the security archive.
host_mirror() {
  { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}'
    grep -hsE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{print $2}'; } |
    grep -v security | head -n 1 || true
}

make_fresh_root() {
  command -v debootstrap >/dev/null || skip "debootstrap is not installed (scripts/setup installs it)"
  local mirror start=$SECONDS
  mirror=$(host_mirror)
  [[ -n $mirror ]] || skip "no Debian mirror in /etc/apt/sources.list*"
  # debootstrap mounts /proc and /sys in the root while it installs: in a namespace of its own.
  if ! unshare --mount --propagation private -- debootstrap --variant=minbase --include=python3 \
      bookworm "$work/root" "$mirror" >"$work/debootstrap.log" 2>&1; then
    tail -n 20 "$work/debootstrap.log"
    grep -q "Configuring" "$work/debootstrap.log" || skip "cannot debootstrap bookworm from $mirror (no network?)"
    echo "FAIL: debootstrap"
    exit 1
  fi
  echo "debootstrap minbase bookworm + python3: $((SECONDS - start)) s"
}

# Run in the namespace (the rest of enter_root's script) when the root is an overlay of this host.
overlay_setup='
  mount -t tmpfs -o mode=0755 tmpfs "$work/overlay"
  mkdir "$work/overlay/upper" "$work/overlay/work"
  mount -t overlay overlay -o "lowerdir=/,upperdir=$work/overlay/upper,workdir=$work/overlay/work" "$root"
  mount -t tmpfs tmpfs "$root/tmp"
  # What a clean host has not: the source tree and build (the judge would read their languages),
  # the operator files of a judge installed here, its cache, the judge itself.
  for dir in "$source" "$build"; do
    if [[ -d $root$dir ]]; then mount -t tmpfs tmpfs "$root$dir"; fi
  done
  rm -rf "$root/etc/judge" "$root/var/cache/judge"
  if chroot "$root" dpkg -s judge >/dev/null 2>&1; then chroot "$root" dpkg --purge judge >/dev/null; fi
'

# Enters the root: a mount point of its own with /proc, /sys, /dev and /run, then the namespace's
# root. /run/judge (the box slots' locks) is the host's: boxes of tests running beside this one
# take other slots, so other cgroups and user ids.
enter_root() {
  local setup=$1
  unshare --mount --propagation private -- bash -euc "
    work=\$1 root=\$1/root source=\$2 build=\$3
    $setup
    mountpoint -q \"\$root\" || mount --bind \"\$root\" \"\$root\"
    mount --rbind /proc \"\$root/proc\"
    mount --rbind /sys \"\$root/sys\"
    mount --rbind /dev \"\$root/dev\"
    mount -t tmpfs -o mode=0755 tmpfs \"\$root/run\"
    mkdir -p -m 0700 /run/judge && mkdir -p \"\$root/run/judge\"
    mount --bind /run/judge \"\$root/run/judge\"
    mkdir -p \"\$root/tmp/judge-install\"
    cp \"\$work/files/\"* \"\$root/tmp/judge-install/\"
    mkdir -p \"\$root/.old\"
    cd \"\$root\"
    pivot_root . .old
    umount -l /.old
    rmdir /.old
    exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root TERM=dumb \
      /bin/bash /tmp/judge-install/in_root.sh /tmp/judge-install/judge.deb $mode \"\$source\"
  " install_test "$work" "$(cd "$here/../.." && pwd)" "$(cd "$build" && pwd)"
}

start=$SECONDS
case $mode in
  fresh) make_fresh_root; enter_root "" ;;
  overlay) enter_root "$overlay_setup" ;;
  *) echo "JUDGE_INSTALL_ROOT must be overlay or fresh" >&2; exit 2 ;;
esac
echo "install test ($mode root): $((SECONDS - start)) s"
